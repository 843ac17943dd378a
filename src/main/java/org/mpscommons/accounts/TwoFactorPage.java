package org.mpscommons.accounts;

import org.mpscommons.web.FormErrors;

/**
 * What the two-factor page shows: that it is on, or how to turn it on with the form that proves it, which comes back
 * here with errors.
 *
 * @param required the member was sent here because their role needs two-factor sign-in
 */
public record TwoFactorPage(TwoFactorEnrolment enrolment, FormErrors errors, boolean required) {}
