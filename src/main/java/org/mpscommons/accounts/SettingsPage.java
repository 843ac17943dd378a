package org.mpscommons.accounts;

import java.util.List;
import org.mpscommons.web.FormErrors;

/**
 * What the member's settings page shows: the forms for language, password and email address, which come back here
 * with errors, and the sessions signed in to the account.
 *
 * @param done the message key that confirms the change just made, or null
 * @param memberLanguage the code of the language the member chose for mails
 */
public record SettingsPage(FormErrors errors, String done, String memberLanguage, List<ActiveSession> sessions) {}
