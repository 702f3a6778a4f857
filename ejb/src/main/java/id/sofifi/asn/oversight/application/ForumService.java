package id.sofifi.asn.oversight.application;

import id.sofifi.asn.audit.application.AuditTrail;
import id.sofifi.asn.identity.domain.Role;
import id.sofifi.asn.kernel.ConflictException;
import id.sofifi.asn.kernel.NotFoundException;
import id.sofifi.asn.kernel.Violations;
import id.sofifi.asn.oversight.domain.ForumPost;
import id.sofifi.asn.oversight.domain.ForumRepository;
import id.sofifi.asn.oversight.domain.ForumTopic;
import id.sofifi.asn.oversight.domain.ModerationAct;
import id.sofifi.asn.oversight.domain.ModerationAction;
import id.sofifi.asn.oversight.domain.OfficialAnswer;
import id.sofifi.asn.oversight.domain.PostingLimit;
import id.sofifi.asn.oversight.domain.TopicStatus;
import id.sofifi.asn.oversight.domain.TopicSupport;
import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import id.sofifi.asn.recruitment.domain.WorkUnitRepository;
import id.sofifi.asn.workforce.application.EmployeeDirectory;
import id.sofifi.asn.workforce.application.OwnRecords;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The public forum: anyone reads; signed-in citizens open topics, post, support and report abuse, within the posting
 * limit; the unit's officials (or administrators) give the official answer and close or reopen topics;
 * administrators moderate posts.
 */
@Stateless
public class ForumService {
    static final String TOPIC = "ForumTopic";
    static final String POST = "ForumPost";
    /** The moderation log's length on the public pages. */
    static final int MODERATION_LOG = 100;

    @Inject
    ForumRepository forum;

    @Inject
    WorkUnitRepository units;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    OwnRecords ownRecords;

    @Inject
    EmployeeDirectory employees;

    @Resource
    SessionContext session;

    /**
     * The posting limit, configurable with the system properties {@code asn.forum.posts} (topics and posts per window)
     * and {@code asn.forum.windowMinutes}; 5 per 10 minutes otherwise.
     */
    static PostingLimit postingLimit() {
        return new PostingLimit(Integer.getInteger("asn.forum.posts", PostingLimit.DEFAULT.posts()), Duration.ofMinutes(
                Integer.getInteger("asn.forum.windowMinutes", (int) PostingLimit.DEFAULT.window().toMinutes())));
    }

    @PermitAll
    public Page<TopicSummary> topics(String unitCode, TopicStatus status, PageRequest request) {
        Page<ForumTopic> page = forum.topics(unitCode == null || unitCode.isBlank() ? null : unitCode.strip(), status,
                request);
        Map<Long, Long> supports = forum.supportCounts(page.items().stream().map(ForumTopic::id).toList());
        return page.map(t -> TopicSummary.of(t, supports.getOrDefault(t.id(), 0L)));
    }

    @PermitAll
    public TopicDetail topic(long id) {
        ForumTopic topic = find(id);
        long supports = forum.supportCounts(List.of(id)).getOrDefault(id, 0L);
        return new TopicDetail(TopicSummary.of(topic, supports), topic.body(), TopicClosing.of(topic),
                forum.posts(id).stream().map(PostView::of).toList(),
                forum.answers(id).stream().map(AnswerView::of).toList(),
                forum.moderation(id, MODERATION_LOG).stream().map(ModerationView::of).toList());
    }

    /** The whole forum's moderation log, newest first. */
    @PermitAll
    public List<ModerationView> moderationLog() {
        return forum.moderation(null, MODERATION_LOG).stream().map(ModerationView::of).toList();
    }

    @RolesAllowed(Role.CITIZEN_NAME)
    public long openTopic(String workUnitCode, String title, String body) {
        Violations v = new Violations();
        if (v.require(workUnitCode, "workUnitCode")) {
            v.check(units.findByCode(workUnitCode.strip()).isPresent(), "workUnitCode", "forum.unknownUnit",
                    workUnitCode.strip());
        }
        v.text(title, "title", 5, 200).text(body, "body", 1, 10_000).throwIfAny();
        String author = caller();
        checkPostingLimit(author);
        ForumTopic topic = new ForumTopic(workUnitCode.strip(), title.strip(), body.strip(), author, clock.instant());
        forum.add(topic);
        forum.flush();
        audit.record("forum.topicOpened", TOPIC, topic.id().toString(), null, topic.title(),
                "Topik forum dibuka untuk unit " + topic.workUnitCode() + ": " + topic.title());
        return topic.id();
    }

    @RolesAllowed(Role.CITIZEN_NAME)
    public long post(long topicId, String body) {
        new Violations().text(body, "body", 1, 10_000).throwIfAny();
        find(topicId).requireOpen();
        String author = caller();
        checkPostingLimit(author);
        ForumPost post = new ForumPost(topicId, author, body.strip(), clock.instant());
        forum.add(post);
        forum.flush();
        audit.record("forum.posted", POST, post.id().toString(), null, null, "Tanggapan pada topik " + topicId);
        return post.id();
    }

    /** One support per account and topic: a second one is a conflict. */
    @RolesAllowed(Role.CITIZEN_NAME)
    public void support(long topicId) {
        find(topicId).requireOpen();
        String account = caller();
        if (forum.supports(topicId, account)) {
            throw new ConflictException("forum.alreadySupported", topicId);
        }
        forum.add(new TopicSupport(topicId, account, clock.instant()));
        forum.flush();
        audit.record("forum.supported", TOPIC, Long.toString(topicId), null, null, "Dukungan untuk topik " + topicId);
    }

    /** An abuse report; the third by different accounts hides the post until a moderator looks. */
    @RolesAllowed(Role.CITIZEN_NAME)
    public void report(long postId) {
        ForumPost post = forum.lockPost(postId).orElseThrow(() -> new NotFoundException("forum.postNotFound", postId));
        boolean hidden = post.report(caller(), clock.instant());
        audit.record("forum.reported", POST, Long.toString(postId), null, null,
                "Laporan penyalahgunaan tanggapan " + postId + " (laporan ke-" + post.reports() + ")");
        if (hidden) {
            forum.add(new ModerationAct(postId, ModerationAction.AUTO_HIDE, null, ModerationAct.REPORTS,
                    clock.instant()));
            audit.record("forum.postHiddenByReports", POST, Long.toString(postId), null, null, "Tanggapan " + postId
                    + " disembunyikan setelah " + ForumPost.REPORTS_TO_HIDE + " laporan, menunggu moderator");
        }
    }

    /**
     * The official answer, or its next version, given by the unit's officials — the head of the topic's unit (or of a
     * unit above it), signed in as an employee — or by an administrator: written to the audit chain, whose event hash
     * it carries, and signed with the official's name. Answers the version's number.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public int answer(long topicId, String body) {
        // who may act before what they wrote: an employee heading another unit learns nothing from a 400
        ForumTopic topic = lockForOfficial(topicId);
        new Violations().text(body, "body", 1, 10_000).throwIfAny();
        topic.answered();
        List<OfficialAnswer> earlier = forum.answers(topicId);
        String hash = audit.record("forum.answered", TOPIC, Long.toString(topicId), null, body.strip(),
                "Jawaban resmi (versi " + (earlier.size() + 1) + ") untuk topik " + topicId);
        OfficialAnswer answer = OfficialAnswer.after(earlier.stream().findFirst(), topicId, body.strip(), official(),
                clock.instant(), hash);
        forum.add(answer);
        return answer.versionNo();
    }

    /**
     * Closes a topic with the reason its page shows (settled, or off the forum's purpose): by the same officials who
     * answer it. It then takes no posts, supports or answers until reopened.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public void close(long topicId, String reason) {
        ForumTopic topic = lockForOfficial(topicId);
        new Violations().text(reason, "reason", 3, 500).throwIfAny();
        topic.close(reason.strip(), official(), clock.instant());
        audit.record("forum.topicClosed", TOPIC, Long.toString(topicId), null, topic.closedReason(),
                "Topik " + topicId + " ditutup: " + topic.closedReason());
    }

    /** Opens a closed topic again, as it was before (answered if it has an official answer). */
    @RolesAllowed({Role.ADMIN_NAME, Role.EMPLOYEE_NAME})
    public void reopen(long topicId) {
        ForumTopic topic = lockForOfficial(topicId);
        String reason = topic.closedReason();
        topic.reopen(!forum.answers(topicId).isEmpty());
        audit.record("forum.topicReopened", TOPIC, Long.toString(topicId), reason, null,
                "Topik " + topicId + " dibuka kembali");
    }

    /** The topic, locked, once the caller is shown to be one of its unit's officials or an administrator. */
    private ForumTopic lockForOfficial(long topicId) {
        ForumTopic topic = forum.lockTopic(topicId)
                .orElseThrow(() -> new NotFoundException("forum.topicNotFound", topicId));
        ownRecords.requireUnit(session, topic.workUnitCode(), Role.ADMIN_NAME);
        return topic;
    }

    /** A moderator hides a post with the reason shown in its place. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void hide(long postId, String reason) {
        new Violations().text(reason, "reason", 3, 500).throwIfAny();
        ForumPost post = lockPost(postId);
        post.hide(reason, caller(), clock.instant());
        forum.add(new ModerationAct(postId, ModerationAction.HIDE, post.hiddenReason(), caller(), clock.instant()));
        audit.record("forum.postHidden", POST, Long.toString(postId), null, post.hiddenReason(),
                "Tanggapan " + postId + " disembunyikan moderator: " + post.hiddenReason());
    }

    /** A moderator looked and restores the post. */
    @RolesAllowed(Role.ADMIN_NAME)
    public void restore(long postId) {
        ForumPost post = lockPost(postId);
        post.restore();
        forum.add(new ModerationAct(postId, ModerationAction.RESTORE, null, caller(), clock.instant()));
        audit.record("forum.postRestored", POST, Long.toString(postId), null, null,
                "Tanggapan " + postId + " ditampilkan kembali oleh moderator");
    }

    private ForumPost lockPost(long postId) {
        return forum.lockPost(postId).orElseThrow(() -> new NotFoundException("forum.postNotFound", postId));
    }

    private ForumTopic find(long id) {
        return forum.findTopic(id).orElseThrow(() -> new NotFoundException("forum.topicNotFound", id));
    }

    private void checkPostingLimit(String author) {
        PostingLimit limit = postingLimit();
        limit.check(forum.writtenSince(author, limit.since(clock.instant())));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /**
     * Whether the caller may give the topic's official answer and close or reopen it: an administrator, or the head
     * of its unit.
     */
    @PermitAll
    public boolean mayAnswer(long topicId) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        if (!session.isCallerInRole(Role.EMPLOYEE_NAME)) {
            return false;
        }
        try {
            ownRecords.requireUnit(session, find(topicId).workUnitCode(), Role.ADMIN_NAME);
            return true;
        } catch (EJBAccessException e) {
            return false;
        }
    }

    /**
     * How an answer or a closing is signed: an official by name (not the NIP, which the public page would show), an administrator
     * by account; at most the 60 characters the answer keeps.
     */
    private String official() {
        String name = employees.find(caller()).map(e -> e.fullName()).orElse(caller());
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
