package org.mpscommons.redflags;

import org.mpscommons.web.SecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anyone reads the table; recording a review needs a signed-in member (the controller then asks for a professional). */
@Configuration(proxyBeanMethods = false)
class WarningSignsSecurity {

    @Bean
    SecurityCustomizer warningSignRules() {
        return http -> http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/{lang}/warning-signs/review").authenticated());
    }
}
