package org.mpscommons.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.mpscommons.mail.Mailer;
import org.mpscommons.web.FormErrors;
import org.mpscommons.web.FormTimer;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    enum Outcome { CHECK_EMAIL, INVALID, BOT, THROTTLED }

    /** New accounts from one address in an hour; a family or a clinic registering together stays well below. */
    static final int PER_IP = 5;
    static final Duration PER_IP_WINDOW = Duration.ofHours(1);

    private final MemberRepository members;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final Mailer mailer;
    private final Clock clock;
    private final FormTimer formTimer;
    private final Throttle throttle;

    Registration(MemberRepository members, PasswordPolicy passwords, PasswordEncoder encoder, AccountTokens tokens,
            AccountMails mails, Mailer mailer, Clock clock, FormTimer formTimer, Throttle throttle) {
        this.formTimer = formTimer;
        this.throttle = throttle;
        this.members = members;
        this.passwords = passwords;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
        this.mailer = mailer;
        this.clock = clock;
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

    /** Registers, or mails the owner of a known address; the caller shows "check your email" either way. */
    /** Length and shape only; the mail sent to it is the real test. */
    static boolean looksLikeEmail(String email) {
        return email.length() <= EMAIL_MAX && EMAIL.matcher(email).matches();
    }

    /** Whether a submission looks like a bot's: the honeypot is filled, or it came back faster than a person can. */
    boolean looksAutomated(RegistrationForm form) {
        return (form.website() != null && !form.website().isEmpty()) || formTimer.looksAutomated(form.started());
    }

    boolean throttled(String ip) {
        return throttle.reached("register-ip:" + ip, PER_IP, PER_IP_WINDOW);
    }

    @Transactional
    Outcome register(RegistrationForm form, Language language, String ip) {
        if (looksAutomated(form)) {
            log.info("Registration refused as automated from {}", ip);
            return Outcome.BOT;
        }
        if (throttled(ip)) {
            return Outcome.THROTTLED;
        }
        if (validate(form).any()) {
            return Outcome.INVALID;
        }
        throttle.record("register-ip:" + ip);
        // Hash first in both branches, so that a known and an unknown address take the same time.
        String hash = encoder.encode(form.password());
        String email = strip(form.email());
        var existing = members.findByEmail(email);
        if (existing.isPresent()) {
            mailer.send(mails.alreadyRegistered(existing.get()));
            return Outcome.CHECK_EMAIL;
        }
        long id;
        try {
            id = members.insert(DisplayNames.normalized(form.displayName()), email, hash, language, clock.instant());
        } catch (DuplicateKeyException raceWithAnotherRegistration) {
            return Outcome.CHECK_EMAIL;
        }
        Member member = members.findById(id).orElseThrow();
        String token = tokens.issue(id, member.email(), AccountTokens.Purpose.VERIFY_EMAIL);
        mailer.send(mails.verifyEmail(member, token));
        log.info("Member {} registered", id);
        return Outcome.CHECK_EMAIL;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
