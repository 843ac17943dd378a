package org.mpscommons.accounts;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds a member by the email typed into the sign-in form. */
@Service
class MemberDetailsService implements UserDetailsService {

    private final MemberRepository members;

    MemberDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return members.findByEmail(email == null ? "" : email)
                .map(MemberPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
