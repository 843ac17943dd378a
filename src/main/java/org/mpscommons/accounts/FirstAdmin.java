package org.mpscommons.accounts;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.mpscommons.web.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin from MPS_ADMIN_EMAIL and MPS_ADMIN_PASSWORD at start-up, when the site has no admin yet.
 * There is never a default password: without both variables nothing happens. If the address already belongs to a
 * member, that member becomes admin (their password stays theirs).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String SYSTEM = "system";

    private final MemberRepository members;
    private final PasswordPolicy passwords;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String email;
    private final String password;

    FirstAdmin(
            MemberRepository members,
            PasswordPolicy passwords,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock,
            @Value("${mps.admin.email:}") String email,
            @Value("${mps.admin.password:}") String password) {
        this.members = members;
        this.passwords = passwords;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.email = email.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (email.isEmpty() || password.isEmpty() || members.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        var existing = members.findByEmail(email);
        if (existing.isPresent()) {
            Set<Role> roles = EnumSet.copyOf(existing.get().roles());
            roles.add(Role.ADMIN);
            members.setRoles(existing.get().id(), roles);
            audit.record(
                    null,
                    SYSTEM,
                    "role.grant",
                    existing.get().id(),
                    existing.get().displayName(),
                    "ADMIN",
                    "MPS_ADMIN_EMAIL at start-up");
            log.info(
                    "Member {} made the first admin from MPS_ADMIN_EMAIL",
                    existing.get().id());
            return;
        }
        var problem = passwords.problem(password, email, "admin");
        if (problem.isPresent()) {
            log.error("MPS_ADMIN_PASSWORD refused ({}); no admin was created", problem.get());
            return;
        }
        String name = uniqueName();
        long id = members.insert(name, email, encoder.encode(password), Language.JA, clock.instant());
        members.markEmailVerified(id, clock.instant());
        members.setRoles(id, EnumSet.of(Role.MEMBER, Role.ADMIN));
        audit.record(null, SYSTEM, "admin.create", id, name, "ADMIN", "MPS_ADMIN_EMAIL at start-up");
        log.info("First admin created from MPS_ADMIN_EMAIL (member {})", id);
    }

    private String uniqueName() {
        String name = "admin";
        for (int i = 2; members.displayNameTaken(name) || members.displayNameLooksTaken(name); i++) {
            name = "admin" + i;
        }
        return name;
    }
}
