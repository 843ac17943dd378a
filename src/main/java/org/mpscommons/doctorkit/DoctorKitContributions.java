package org.mpscommons.doctorkit;

import org.mpscommons.web.NavigationEntry;
import org.mpscommons.web.RobotsRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the doctor kit adds to the parts that web draws around every feature: its place in the header, right after the
 * forum (a patient's most useful tool should not hide on the third screen of home), and one member's pages kept from
 * crawlers.
 */
@Configuration(proxyBeanMethods = false)
class DoctorKitContributions {

    @Bean
    NavigationEntry doctorKitNavigation() {
        return NavigationEntry.header(35, NavigationEntry.Audience.EVERYONE, "/doctor-kit", "nav.doctorKit");
    }

    @Bean
    RobotsRules doctorKitRobotsRules() {
        return RobotsRules.inEveryLanguage(40, "/doctor-kit/saved", "/doctor-kit/responses/mine");
    }
}
