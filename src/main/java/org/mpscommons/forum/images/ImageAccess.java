package org.mpscommons.forum.images;

import java.util.Optional;
import org.mpscommons.forum.Post;
import org.mpscommons.forum.PostStatus;
import org.mpscommons.forum.Reader;
import org.mpscommons.forum.Topic;
import org.mpscommons.forum.TopicReading;
import org.springframework.stereotype.Service;

/**
 * Who may see an image: whoever may read its post's text, by the same {@link Reader} rules as the topic page; an
 * image in no post yet, only the member who uploaded it (so they can preview their post).
 */
@Service
class ImageAccess {

    /** Who else may see what this reader may see, which decides how long and where it may be cached. */
    enum Audience {
        /** A visible post in a visible public topic. */
        EVERYONE,
        /** A visible post in a visible members-only topic. */
        MEMBERS,
        /** Only some readers: a post waiting for review or hidden, or an image in no post yet. */
        FEW
    }

    private final TopicReading reading;

    ImageAccess(TopicReading reading) {
        this.reading = reading;
    }

    /** Empty when this reader may not see the image. */
    Optional<Audience> audience(StoredImage image, Reader reader) {
        if (!image.attached()) {
            return image.ownedBy(reader.memberId()) ? Optional.of(Audience.FEW) : Optional.empty();
        }
        Optional<Post> post = reading.post(image.postId()).filter(reader::seesText);
        Optional<Topic> topic = post.flatMap(p -> reading.topic(p.topicId(), reader));
        if (topic.isEmpty()) {
            return Optional.empty();
        }
        if (post.get().status() != PostStatus.VISIBLE || topic.get().status() != PostStatus.VISIBLE) {
            return Optional.of(Audience.FEW);
        }
        return Optional.of(topic.get().membersOnly() ? Audience.MEMBERS : Audience.EVERYONE);
    }
}
