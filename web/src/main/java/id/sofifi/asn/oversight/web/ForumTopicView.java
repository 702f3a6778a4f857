package id.sofifi.asn.oversight.web;

import id.sofifi.asn.oversight.application.ForumService;
import id.sofifi.asn.oversight.application.PostView;
import id.sofifi.asn.oversight.application.TopicDetail;
import id.sofifi.asn.platform.web.Texts;
import id.sofifi.asn.platform.web.UseCase;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;

/**
 * A topic's public page: its posts (a hidden one replaced by the moderator's reason), the official answer with who,
 * when and its audit hash, the earlier versions and the moderation log; a citizen's forms to post, support and report,
 * and a staff member's to answer, close, reopen, hide and restore.
 */
@Named
@RequestScoped
public class ForumTopicView {
    @EJB
    ForumService forum;

    @Inject
    FacesContext faces;

    private Long id;
    private String body;
    private String answer;
    private String reason;
    private String closeReason;
    private TopicDetail topic;

    public TopicDetail getTopic() {
        if (id == null) {
            // on a post back the rows' buttons (report, hide, restore) are decoded before the hidden id reaches this
            // request-scoped bean: without the id read here the rows would be missing and no button would fire
            String posted = faces.getExternalContext().getRequestParameterMap().get("topicId");
            id = posted == null || !posted.matches("\\d{1,18}") ? null : Long.valueOf(posted);
        }
        if (topic == null && id != null) {
            topic = forum.topic(id);
        }
        return topic;
    }

    /** What stands in a hidden post's place, in {@code locale}; null for a visible post. */
    public static String hiddenNote(PostView post, Locale locale) {
        if (!post.hidden()) {
            return null;
        }
        return post.awaitsModerator()
                ? Texts.text(locale, "forum.hiddenByReports")
                : Texts.text(locale, "forum.hiddenByModerator", post.hiddenReason());
    }

    public String note(PostView post) {
        return hiddenNote(post, faces.getViewRoot().getLocale());
    }

    /** The field {@code body} is this screen's post or answer, not the bundle's request body. */
    private Map<String, String> label(String key) {
        return Map.of("body", Texts.text(faces.getViewRoot().getLocale(), key));
    }

    public void post() {
        if (UseCase.run(() -> forum.post(id, body), label("forum.posts"), "forum.posted")) {
            body = null;
        }
        topic = null;
    }

    public void support() {
        UseCase.run(() -> forum.support(id), "forum.supported");
        topic = null;
    }

    public void report(long postId) {
        UseCase.run(() -> forum.report(postId), "forum.reported");
        topic = null;
    }

    public void answer() {
        if (UseCase.run(() -> forum.answer(id, answer), label("forum.answer"), "forum.answered")) {
            answer = null;
        }
        topic = null;
    }

    public void close() {
        if (UseCase.run(() -> forum.close(id, closeReason),
                Map.of("reason", Texts.text(faces.getViewRoot().getLocale(), "forum.closeReason")),
                "forum.topicClosedDone")) {
            closeReason = null;
        }
        topic = null;
    }

    public void reopen() {
        UseCase.run(() -> forum.reopen(id), "forum.topicReopenedDone");
        topic = null;
    }

    public void hide(long postId) {
        if (UseCase.run(() -> forum.hide(postId, reason), "forum.postHidden")) {
            reason = null;
        }
        topic = null;
    }

    public void restore(long postId) {
        UseCase.run(() -> forum.restore(postId), "forum.postRestored");
        topic = null;
    }

    /** Whether the person signed in may give the official answer (an administrator, or the unit's head). */
    public boolean isMayAnswer() {
        return id != null && forum.mayAnswer(id);
    }

    public Long getId() { return id; }

    public void setId(Long id) { this.id = id; }

    public String getBody() { return body; }

    public void setBody(String body) { this.body = body; }

    public String getAnswer() { return answer; }

    public void setAnswer(String answer) { this.answer = answer; }

    public String getReason() { return reason; }

    public void setReason(String reason) { this.reason = reason; }

    public String getCloseReason() { return closeReason; }

    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }
}
