package org.mpscommons.forum;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The forum's limits a site operator may change (MPS_FORUM_* variables, listed in README).
 *
 * @param reviewUntilApproved a member's posts wait for review until this many of them were approved (0: never)
 * @param memberPostsPerHour most posts one member may write in an hour (a person in a lively thread writes ~10)
 * @param guestPostsPerHourPerAddress most guest comments from one network address in an hour
 * @param guestPostsPerHour most guest comments from everyone together in an hour, so a flood cannot bury the queue
 * @param newMemberPosts a member counts as new until this many of their posts were published
 * @param newMemberLinks most links in one post of a new member (spammers come for links)
 * @param newMemberImages most photos in one post of a new member
 * @param newMemberMentions most @mentions in one post of a new member (each one notifies someone)
 */
@ConfigurationProperties("mps.forum")
record ForumProperties(
        int reviewUntilApproved,
        int memberPostsPerHour,
        int guestPostsPerHourPerAddress,
        int guestPostsPerHour,
        int newMemberPosts,
        int newMemberLinks,
        int newMemberImages,
        int newMemberMentions) {}
