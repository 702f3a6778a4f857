package id.sofifi.asn.oversight.domain;

import id.sofifi.asn.platform.persistence.Page;
import id.sofifi.asn.platform.persistence.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Forum topics, posts, supports, official answers and the moderation log as stored. */
@Dependent
public class ForumRepository {
    @PersistenceContext(unitName = "asn")
    EntityManager em;

    /** Topics newest first, optionally of one unit and one status. */
    public Page<ForumTopic> topics(String unitCode, TopicStatus status, PageRequest request) {
        String where = " WHERE (:unit IS NULL OR t.workUnitCode = :unit) AND (:status IS NULL OR t.status = :status)";
        TypedQuery<ForumTopic> items = em.createQuery(
                "SELECT t FROM ForumTopic t" + where + " ORDER BY t.createdAt DESC, t.id DESC", ForumTopic.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM ForumTopic t" + where, Long.class);
        for (TypedQuery<?> q : List.of(items, count)) {
            q.setParameter("unit", unitCode).setParameter("status", status);
        }
        return new Page<>(items.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList(),
                request.page(), request.size(), count.getSingleResult());
    }

    public Optional<ForumTopic> findTopic(long id) {
        return Optional.ofNullable(em.find(ForumTopic.class, id));
    }

    /** The topic, locked until the transaction ends, so that answer versions are numbered one at a time. */
    public Optional<ForumTopic> lockTopic(long id) {
        return Optional.ofNullable(em.find(ForumTopic.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The post, locked so that concurrent reports count one after the other. */
    public Optional<ForumPost> lockPost(long id) {
        return Optional.ofNullable(em.find(ForumPost.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<ForumPost> posts(long topicId) {
        return em.createQuery("SELECT p FROM ForumPost p WHERE p.topicId = :t ORDER BY p.createdAt, p.id",
                ForumPost.class).setParameter("t", topicId).getResultList();
    }

    /** Topics and posts {@code author} wrote since {@code since}, for the posting-rate limit. */
    public long writtenSince(String author, Instant since) {
        return em.createQuery("SELECT COUNT(p) FROM ForumPost p WHERE p.author = :a AND p.createdAt > :s", Long.class)
                .setParameter("a", author).setParameter("s", since).getSingleResult()
                + em.createQuery("SELECT COUNT(t) FROM ForumTopic t WHERE t.author = :a AND t.createdAt > :s",
                        Long.class).setParameter("a", author).setParameter("s", since).getSingleResult();
    }

    public boolean supports(long topicId, String account) {
        return !em.createQuery("SELECT s.id FROM TopicSupport s WHERE s.topicId = :t AND s.account = :a", Long.class)
                .setParameter("t", topicId).setParameter("a", account).setMaxResults(1).getResultList().isEmpty();
    }

    /** Support counts of the given topics (absent: none). */
    public Map<Long, Long> supportCounts(List<Long> topicIds) {
        if (topicIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createQuery("SELECT s.topicId, COUNT(s) FROM TopicSupport s WHERE s.topicId IN :ids"
                        + " GROUP BY s.topicId", Object[].class)
                .setParameter("ids", topicIds).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    /** Every version of the topic's official answer, the newest first. */
    public List<OfficialAnswer> answers(long topicId) {
        return em.createQuery("SELECT a FROM OfficialAnswer a WHERE a.topicId = :t ORDER BY a.versionNo DESC",
                OfficialAnswer.class).setParameter("t", topicId).getResultList();
    }

    /** The moderation log, newest first, optionally of one topic's posts. */
    public List<ModerationAct> moderation(Long topicId, int max) {
        // two queries, not ":t IS NULL OR …": PostgreSQL types a null parameter as varchar and refuses to compare it
        // with the bigint topic id, so the whole log (topicId null) failed
        TypedQuery<ModerationAct> query = topicId == null
                ? em.createQuery("SELECT m FROM ModerationAct m ORDER BY m.actedAt DESC, m.id DESC",
                        ModerationAct.class)
                : em.createQuery("SELECT m FROM ModerationAct m WHERE m.postId IN (SELECT p.id FROM ForumPost p"
                        + " WHERE p.topicId = :t) ORDER BY m.actedAt DESC, m.id DESC", ModerationAct.class)
                        .setParameter("t", topicId);
        return query.setMaxResults(max).getResultList();
    }

    public long countTopics() {
        return em.createQuery("SELECT COUNT(t) FROM ForumTopic t", Long.class).getSingleResult();
    }

    /**
     * The day's news for every follower, as digest lines ordered by account: posts (not hidden) and official answers
     * made in [{@code from}, {@code to}) by someone else in the topics the account opened, posted in or supported.
     * Only accounts that are e-mail addresses (citizens) are followers; staff read the forum on their screens.
     */
    public Map<String, List<ForumDigest.Line>> digestNews(Instant from, Instant to) {
        List<?> rows = em.createNativeQuery("WITH followers AS (SELECT id AS topic_id, author AS account FROM"
                + " forum_topic UNION SELECT topic_id, author FROM forum_post UNION SELECT topic_id, account FROM"
                + " topic_support), news AS (SELECT topic_id, author, 1 AS post, 0 AS answer FROM forum_post"
                + " WHERE created_at >= ?1 AND created_at < ?2 AND hidden_at IS NULL UNION ALL SELECT topic_id,"
                + " answered_by, 0, 1 FROM official_answer WHERE answered_at >= ?1 AND answered_at < ?2)"
                + " SELECT f.account, t.id, t.title, SUM(n.post), SUM(n.answer) FROM followers f JOIN news n"
                + " ON n.topic_id = f.topic_id AND n.author <> f.account JOIN forum_topic t ON t.id = f.topic_id"
                + " WHERE f.account LIKE '%@%' GROUP BY f.account, t.id, t.title ORDER BY f.account, t.id")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getResultList();
        Map<String, List<ForumDigest.Line>> byAccount = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            byAccount.computeIfAbsent((String) r[0], a -> new ArrayList<>())
                    .add(new ForumDigest.Line(((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).longValue(),
                            ((Number) r[4]).longValue()));
        }
        return byAccount;
    }

    /** Notes the digest of {@code day} as sent to the account; false when it was already (another server, a rerun). */
    public boolean markDigestSent(String account, LocalDate day, Instant at) {
        return em
                .createNativeQuery("INSERT INTO forum_digest_sent (account, day, sent_at) VALUES (?1, ?2, ?3)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, account).setParameter(2, day).setParameter(3, Timestamp.from(at)).executeUpdate() == 1;
    }

    public void add(Object forumRecord) {
        em.persist(forumRecord);
    }

    /** Writes now, so that a second support meets the unique key inside this use case. */
    public void flush() {
        em.flush();
    }
}
