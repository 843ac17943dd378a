package org.mpscommons.web;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The connector with a limit per client address ({@link AddressLimitedNioProtocol}); the header and keep-alive
 * timeouts are plain settings in application.yml. A public site runs behind a reverse proxy, which limits each
 * visitor by their own address: the proxy's connections are not limited here.
 */
@Configuration(proxyBeanMethods = false)
class SlowClientDefences {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> connectionsPerAddress(
            @Value("${mps.http.max-connections-per-address}") int maxPerAddress,
            @Value("${server.tomcat.remoteip.internal-proxies:}") String internalProxies) {
        // The same addresses the site trusts to report a client's address in X-Forwarded-For: Tomcat's default
        // (loopback and private networks) unless the operator named their proxies.
        String trusted = internalProxies.isBlank() ? new RemoteIpValve().getInternalProxies() : internalProxies;
        return factory -> {
            factory.setProtocol(AddressLimitedNioProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AddressLimitedNioProtocol limited) {
                    limited.setMaxConnectionsPerAddress(maxPerAddress);
                    limited.setUnlimitedAddresses(trusted);
                }
            });
        };
    }
}
