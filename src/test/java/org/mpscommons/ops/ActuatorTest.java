package org.mpscommons.ops;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SiteTest
@Tag("db")
class ActuatorTest {

    @Autowired
    MockMvc mvc;

    @Test
    void healthLivenessAndReadinessAreUpAndPublic() throws Exception {
        mvc.perform(get("/actuator/health").with(remote("203.0.113.9")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void healthRevealsNoDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void prometheusMetricsAreServedToTheLocalScraper() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(remote("127.0.0.1")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(Matchers.containsString("hikaricp_connections")));
    }

    @Test
    void prometheusMetricsAreNotPublic() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(remote("203.0.113.9"))).andExpect(status().isForbidden());
    }

    @Test
    void otherActuatorEndpointsAreClosed() throws Exception {
        for (String endpoint :
                new String[] {"env", "beans", "configprops", "heapdump", "threaddump", "loggers", "mappings", "shutdown"
                }) {
            mvc.perform(get("/actuator/" + endpoint).with(remote("127.0.0.1")))
                    .andExpect(status().is(Matchers.oneOf(403, 404)));
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor remote(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
