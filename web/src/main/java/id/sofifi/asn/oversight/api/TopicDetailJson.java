package id.sofifi.asn.oversight.api;

import id.sofifi.asn.oversight.application.AnswerView;
import id.sofifi.asn.oversight.application.ModerationView;
import id.sofifi.asn.oversight.application.PostView;
import id.sofifi.asn.oversight.application.TopicClosing;
import id.sofifi.asn.oversight.application.TopicDetail;
import id.sofifi.asn.platform.api.WitTime;
import id.sofifi.asn.oversight.web.ForumTopicView;
import java.util.List;
import java.util.Locale;

/**
 * One topic: {@code closing} (reason, who, when; null while open), its posts (a hidden one without its body, with {@code hiddenNote} "hidden by a moderator: reason"),
 * {@code answer} (the current official answer: who, when, its audit hash), {@code earlierAnswers} and the moderation
 * acts on its posts.
 */
public record TopicDetailJson(long id, String workUnitCode, String title, String body, String status, long supports,
        String createdAt, ClosingJson closing, AnswerJson answer, List<AnswerJson> earlierAnswers, List<PostJson> posts,
        List<ModerationJson> moderation) {

    public record AnswerJson(int version, String body, String answeredBy, String answeredAt, String auditHash) {
        static AnswerJson of(AnswerView a) {
            return new AnswerJson(a.version(), a.body(), a.answeredBy(), WitTime.iso(a.answeredAt()), a.auditHash());
        }
    }

    public record ClosingJson(String reason, String closedBy, String closedAt) {
        static ClosingJson of(TopicClosing c) {
            return c == null ? null : new ClosingJson(c.reason(), c.closedBy(), WitTime.iso(c.closedAt()));
        }
    }

    public record PostJson(long id, String body, String createdAt, boolean hidden, String hiddenNote) {
        static PostJson of(PostView p, Locale locale) {
            return new PostJson(p.id(), p.body(), WitTime.iso(p.createdAt()), p.hidden(),
                    ForumTopicView.hiddenNote(p, locale));
        }
    }

    public record ModerationJson(long postId, String action, String reason, String actor, String at) {
        static ModerationJson of(ModerationView m) {
            return new ModerationJson(m.postId(), m.action().name(), m.reason(), m.actor(), WitTime.iso(m.at()));
        }
    }

    static TopicDetailJson of(TopicDetail d, Locale locale) {
        List<AnswerJson> answers = d.answers().stream().map(AnswerJson::of).toList();
        return new TopicDetailJson(d.topic().id(), d.topic().workUnitCode(), d.topic().title(), d.body(),
                d.topic().status().name(), d.topic().supports(), WitTime.iso(d.topic().createdAt()),
                ClosingJson.of(d.closing()), answers.isEmpty() ? null : answers.get(0),
                d.earlierAnswers().stream().map(AnswerJson::of).toList(),
                d.posts().stream().map(p -> PostJson.of(p, locale)).toList(),
                d.moderation().stream().map(ModerationJson::of).toList());
    }
}
