package org.mpscommons.doctorkit;

import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the doctor kit adds to the parts that web draws around every feature: one member's pages kept from crawlers. */
@Configuration(proxyBeanMethods = false)
class DoctorKitContributions {

    @Bean
    RobotsRules doctorKitRobotsRules() {
        return RobotsRules.inEveryLanguage(40, "/doctor-kit/saved", "/doctor-kit/responses/mine");
    }
}
