package org.mpscommons.doctorkit;

import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kit itself is open to everyone; only a member's saved answers need them signed in. */
@Configuration(proxyBeanMethods = false)
class DoctorKitSecurity {

    @Bean
    SecurityCustomizer doctorKitRules() {
        return http -> http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/{lang}/doctor-kit/saved", "/{lang}/doctor-kit/saved/**")
                        .authenticated());
    }
}
