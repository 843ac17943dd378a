package org.mpscommons.accounts;

import java.time.Duration;
import java.util.regex.Pattern;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Registers a member. The visitor is told "check your email" whether or not the address already has an account, so
 * that the form cannot be used to find out who is a member; the owner of a known address gets a mail saying so.
 */
@Service
class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    static final int DISPLAY_NAME_MIN = 2;
    static final int DISPLAY_NAME_MAX = 40;
    static final int EMAIL_MAX = 254;
    /** Deliberately loose: the verification mail is the real test of an address. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    enum Outcome {
        CHECK_EMAIL,
        INVALID,
        BOT,
        THROTTLED
    }

    /** New accounts from one address in an hour; a family or a clinic registering together stays well below. */
    static final int PER_IP = 5;

    static final Duration PER_IP_WINDOW = Duration.ofHours(1);

    private final MemberRepository members;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AccountCreation creation;
    private final FormTimer formTimer;
    private final Throttle throttle;

    Registration(
            MemberRepository members,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            AccountCreation creation,
            FormTimer formTimer,
            Throttle throttle) {
        this.formTimer = formTimer;
        this.throttle = throttle;
        this.members = members;
        this.passwords = passwords;
        this.encoder = encoder;
        this.creation = creation;
    }

    FormErrors validate(RegistrationForm form) {
        FormErrors errors = new FormErrors();
        // Checked as it will be stored: full-width letters and odd spaces are already the ordinary ones here.
        String name = DisplayNames.normalized(form.displayName());
        int nameLength = name.codePointCount(0, name.length());
        if (name.isEmpty()) {
            errors.reject("displayName", "form.displayName.missing");
        } else if (DisplayNames.hidesCharacters(name)) {
            errors.reject("displayName", "form.displayName.invisible");
        } else if (nameLength < DISPLAY_NAME_MIN || nameLength > DISPLAY_NAME_MAX) {
            errors.reject("displayName", "form.displayName.length");
        } else if (name.contains("@")) {
            errors.reject("displayName", "form.displayName.characters");
        } else if (members.displayNameTaken(name)) {
            // Display names are public, so saying one is taken (or too like one) reveals nothing private.
            errors.reject("displayName", "form.displayName.taken");
        } else if (members.displayNameLooksTaken(name)) {
            errors.reject("displayName", "form.displayName.lookalike");
        }
        String email = strip(form.email());
        if (email.isEmpty()) {
            errors.reject("email", "form.email.missing");
        } else if (!looksLikeEmail(email)) {
            errors.reject("email", "form.email.invalid");
        }
        passwords.problem(form.password(), email, name).ifPresent(key -> errors.reject("password", key));
        return errors;
    }

    /** Length and shape only; the mail sent to it is the real test. */
    static boolean looksLikeEmail(String email) {
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches();
    }

    /** Whether a submission looks like a bot's: the honeypot is filled, or it came back faster than a person can. */
    boolean looksAutomated(RegistrationForm form) {
        return caughtByHoneypot(form) || sentTooFast(form);
    }

    /** The hidden field that people never see was filled in: only a bot does that. */
    boolean caughtByHoneypot(RegistrationForm form) {
        return form.website() != null && !form.website().isEmpty();
    }

    /**
     * The form came back faster than a person types (or with a missing, forged or day-old time). A browser's autofill
     * does that too, so the form is shown again rather than answered as if it had been sent.
     */
    boolean sentTooFast(RegistrationForm form) {
        return formTimer.looksAutomated(form.started());
    }

    boolean throttled(String ip) {
        return throttle.reached("register-ip:" + ip, PER_IP, PER_IP_WINDOW);
    }

    /**
     * Registers, or mails the owner of a known address; the caller shows "check your email" either way. The request
     * does the same work whether or not the address has an account (validating, counting the limit,
     * hashing the password); creating the account or telling its owner happens after the answer
     * ({@link AccountCreation}), so neither the answer nor its timing reveals who is a member.
     */
    /**
     * @param browserHash the hash of the registering browser's cookie ({@link RegisteringBrowser}): the confirmation
     *     link signs in that browser only
     */
    Outcome register(RegistrationForm form, Language language, String ip, String browserHash) {
        if (looksAutomated(form)) {
            log.info("Registration refused as automated from {}", ip);
            return Outcome.BOT;
        }
        if (validate(form).any()) {
            return Outcome.INVALID;
        }
        if (!throttle.tryRecord("register-ip:" + ip, PER_IP, PER_IP_WINDOW)) {
            return Outcome.THROTTLED;
        }
        String hash = encoder.encode(form.password());
        creation.createOrTellOwner(
                DisplayNames.normalized(form.displayName()), strip(form.email()), hash, language, browserHash);
        return Outcome.CHECK_EMAIL;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
