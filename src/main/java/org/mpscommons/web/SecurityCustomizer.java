package org.mpscommons.web;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How a feature adds its own rules (sign-in, protected paths) to the one security filter chain, which web builds.
 * Rules added here come before web's catch-all "everything else is public".
 */
@NamedInterface("api")
public interface SecurityCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
