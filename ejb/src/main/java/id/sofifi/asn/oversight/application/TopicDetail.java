package id.sofifi.asn.oversight.application;

import java.util.List;

/**
 * A topic as its public page shows it: its summary and text, why, by whom and when it was closed (null while it is
 * not), the posts, every version of the official answer (newest first: the first is the current one) and the
 * moderation acts on its posts.
 */
public record TopicDetail(TopicSummary topic, String body, TopicClosing closing, List<PostView> posts,
        List<AnswerView> answers, List<ModerationView> moderation) {
    /**
     * The answer's earlier versions (all but the current one). A page's tree may be visited on a post back whatever
     * its {@code rendered} says, so no view slices the list itself.
     */
    public List<AnswerView> earlierAnswers() {
        return answers.size() > 1 ? answers.subList(1, answers.size()) : List.of();
    }
}
