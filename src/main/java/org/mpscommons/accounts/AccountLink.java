package org.mpscommons.accounts;

import org.springframework.modulith.NamedInterface;

/**
 * A way from the account page to one of a member's own pages, declared as a bean by the feature that serves it (the
 * forum's notification mails, for one), so the account page lists every feature's pages without knowing their routes.
 *
 * @param section the account page's section it belongs in
 * @param order its position in the section, lower first
 * @param path the page's path after the language, such as {@code /notifications/settings}
 * @param labelKey the message key of the link's text
 * @param hintKey the message key of a line under it that says what is there
 */
@NamedInterface("api")
public record AccountLink(Section section, int order, String path, String labelKey, String hintKey) {

    /** The account page's sections, in the order the page shows them. */
    public enum Section {
        PROFILE("account.section.profile"),
        NOTIFICATIONS("account.section.notifications"),
        SECURITY("account.security"),
        YOUR_DATA("account.yourData");

        private final String headingKey;

        Section(String headingKey) {
            this.headingKey = headingKey;
        }

        public String headingKey() {
            return headingKey;
        }

        /** The id of the section's heading, for the page's anchors and the section's aria-labelledby. */
        public String anchor() {
            return "account-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public AccountLink {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("An account link's path starts with /: " + path);
        }
    }
}
