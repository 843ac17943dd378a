package org.mpscommons.accounts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;

class FirstAdminTest {

    private final MemberRepository members = mock(MemberRepository.class);
    private final AuditLog audit = mock(AuditLog.class);

    @SuppressWarnings("deprecation")
    private FirstAdmin firstAdmin(String email, String password) {
        return new FirstAdmin(
                members,
                new PasswordPolicy(),
                NoOpPasswordEncoder.getInstance(),
                audit,
                Clock.systemUTC(),
                email,
                password);
    }

    @Test
    void createsTheFirstAdminFromTheEnvironment() {
        when(members.countWithRole(Role.ADMIN)).thenReturn(0L);
        when(members.findByEmail("owner@example.org")).thenReturn(Optional.empty());
        when(members.insert(eq("admin"), eq("owner@example.org"), anyString(), any(), any()))
                .thenReturn(7L);
        firstAdmin("owner@example.org", "a long and private passphrase").run(null);
        verify(members).setRoles(7L, EnumSet.of(Role.MEMBER, Role.ADMIN));
        verify(members).markEmailVerified(eq(7L), any());
        verify(audit).record(eq(null), eq("system"), eq("admin.create"), eq(7L), eq("admin"), eq("ADMIN"), anyString());
    }

    @Test
    void doesNothingWithoutBothVariablesOrWhenAnAdminExists() {
        firstAdmin("", "a long and private passphrase").run(null);
        firstAdmin("owner@example.org", "").run(null);
        when(members.countWithRole(Role.ADMIN)).thenReturn(1L);
        firstAdmin("owner@example.org", "a long and private passphrase").run(null);
        verify(members, never()).insert(anyString(), anyString(), anyString(), any(), any());
        verify(members, never()).setRoles(anyLong(), any());
    }

    @Test
    void refusesAWeakPassword() {
        when(members.countWithRole(Role.ADMIN)).thenReturn(0L);
        when(members.findByEmail("owner@example.org")).thenReturn(Optional.empty());
        firstAdmin("owner@example.org", "password123").run(null);
        verify(members, never()).insert(anyString(), anyString(), anyString(), any(), any());
    }
}
