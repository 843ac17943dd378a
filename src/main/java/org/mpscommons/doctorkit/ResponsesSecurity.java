package org.mpscommons.doctorkit;

import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anyone may answer and read the statistics; a member's own list of responses needs them signed in. */
@Configuration(proxyBeanMethods = false)
class ResponsesSecurity {

    @Bean
    SecurityCustomizer doctorResponsesRules() {
        return http -> http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/{lang}/doctor-kit/responses/mine", "/{lang}/doctor-kit/responses/*/delete")
                .authenticated());
    }
}
