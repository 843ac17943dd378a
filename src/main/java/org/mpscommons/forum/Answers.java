package org.mpscommons.forum;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reply that answered a question, as its asker or a moderator marks it (PostActionsController checks who). */
@Service
class Answers {

    private final TopicRepository topics;
    private final TopicChanges changes;

    Answers(TopicRepository topics, TopicChanges changes) {
        this.topics = topics;
        this.changes = changes;
    }

    /** Marks the post as the topic's answer, or unmarks the answer for null. */
    @Transactional
    void mark(long topicId, Long postId) {
        topics.setAnswer(topicId, postId);
        changes.changed(topicId);
    }
}
