package org.mpscommons.forum;

import org.mpscommons.accounts.Avatar;
import org.mpscommons.accounts.Profile;

/**
 * A topic as a row of a list shows it: the topic, who started it and who replied last, each with their avatar.
 *
 * @param lastReplier null when nobody has replied
 */
public record TopicRow(TopicSummary topic, Person author, Person lastReplier) {

    /**
     * Someone named in a list: a member, a guest (a name without an account) or a deleted member (no name).
     *
     * @param name null for a deleted member
     */
    public record Person(String name, Avatar avatar) {

        static final Person GONE = new Person(null, Avatar.nobody());

        static Person member(Profile profile) {
            return profile == null ? GONE : new Person(profile.displayName(), profile.avatar());
        }

        static Person guest(String name) {
            return new Person(name, Avatar.ofName(name));
        }

        public boolean gone() {
            return name == null;
        }
    }
}
