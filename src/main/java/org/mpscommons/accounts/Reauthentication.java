package org.mpscommons.accounts;

import org.mpscommons.web.FormErrors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A fresh sign-in for the weightiest actions (exporting or deleting everything): the password again, and the
 * second factor too when the member has one, checked at the moment of the action.
 */
@Component
class Reauthentication {

    private final MemberRepository members;
    private final PasswordEncoder encoder;
    private final TwoFactor twoFactor;

    Reauthentication(MemberRepository members, PasswordEncoder encoder, TwoFactor twoFactor) {
        this.members = members;
        this.encoder = encoder;
        this.twoFactor = twoFactor;
    }

    boolean needsCode(long memberId) {
        return twoFactor.isEnabled(memberId);
    }

    FormErrors check(long memberId, String password, String code) {
        FormErrors errors = new FormErrors();
        Member member = members.findById(memberId).orElseThrow();
        if (password == null || password.isEmpty() || !encoder.matches(password, member.passwordHash())) {
            errors.reject("password", "form.password.wrong");
        } else if (twoFactor.isEnabled(memberId) && !twoFactor.verify(memberId, code)) {
            errors.reject("code", "form.code.wrong");
        }
        return errors;
    }
}
