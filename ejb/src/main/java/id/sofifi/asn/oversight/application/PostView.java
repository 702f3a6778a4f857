package id.sofifi.asn.oversight.application;

import id.sofifi.asn.oversight.domain.ForumPost;
import java.time.Instant;

/**
 * A post as the public reads it: a hidden post has no body, only the moderator's reason ({@code awaitsModerator}
 * when reports hid it and no moderator has looked yet).
 */
public record PostView(long id, String body, Instant createdAt, boolean hidden, String hiddenReason,
        boolean awaitsModerator, int reports) {
    static PostView of(ForumPost post) {
        return new PostView(post.id(), post.isHidden() ? null : post.body(), post.createdAt(), post.isHidden(),
                post.hiddenReason(), post.awaitsModerator(), post.reports());
    }
}
