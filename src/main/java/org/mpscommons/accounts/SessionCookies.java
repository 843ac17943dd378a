package org.mpscommons.accounts;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie: HttpOnly and SameSite=Lax always; over TLS (directly or behind a proxy that says so) also
 * Secure and named with the {@code __Host-} prefix, which browsers accept only from this exact host over HTTPS. Over
 * plain HTTP (a local install) the same cookie is named without the prefix, since browsers would refuse it.
 */
@Configuration(proxyBeanMethods = false)
class SessionCookies {

    @Bean
    CookieSerializer cookieSerializer() {
        DefaultCookieSerializer plain = serializer("SESSION", false);
        DefaultCookieSerializer secure = serializer("__Host-SESSION", true);
        return new CookieSerializer() {
            @Override
            public void writeCookieValue(CookieValue value) {
                (value.getRequest().isSecure() ? secure : plain).writeCookieValue(value);
            }

            @Override
            public List<String> readCookieValues(HttpServletRequest request) {
                return (request.isSecure() ? secure : plain).readCookieValues(request);
            }
        };
    }

    private static DefaultCookieSerializer serializer(String name, boolean secure) {
        DefaultCookieSerializer serializer = new DefaultCookieSerializer();
        serializer.setCookieName(name);
        serializer.setCookiePath("/");
        serializer.setUseHttpOnlyCookie(true);
        serializer.setSameSite("Lax");
        serializer.setUseSecureCookie(secure);
        return serializer;
    }
}
