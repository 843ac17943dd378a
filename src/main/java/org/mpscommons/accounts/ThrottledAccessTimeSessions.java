package org.mpscommons.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Spring Session's JDBC repository writes a session's row at the end of every request that used it, if only to move
 * its last access time: for a signed-in member, an UPDATE and a commit per page read (measured: about a tenth of the
 * server's CPU while members read and write, bench/README.md). This repository, in front of it, passes a new last
 * access time on only when the stored one is at least {@link #WRITE_EVERY} old; anything else that changes (signing
 * in, an attribute) is written as before. So the row is written at most once a minute for access alone, and the idle
 * timeout ends a session up to that much early; the sessions list in the settings shows "last used" to the minute.
 */
final class ThrottledAccessTimeSessions
        implements FindByIndexNameSessionRepository<ThrottledAccessTimeSessions.Wrapped> {

    static final Duration WRITE_EVERY = Duration.ofMinutes(1);

    /** Spring Session's repository; its session class is not public, hence the plain {@link Session}. */
    private final FindByIndexNameSessionRepository<Session> jdbc;

    @SuppressWarnings("unchecked")
    ThrottledAccessTimeSessions(JdbcIndexedSessionRepository jdbc) {
        this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
    }

    @Override
    public Wrapped createSession() {
        return new Wrapped(jdbc.createSession(), null);
    }

    @Override
    public void save(Wrapped session) {
        jdbc.save(session.delegate);
    }

    @Override
    public Wrapped findById(String id) {
        Session session = jdbc.findById(id);
        return session == null ? null : new Wrapped(session, session.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, Wrapped> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Wrapped> found = new LinkedHashMap<>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new Wrapped(session, session.getLastAccessedTime())));
        return found;
    }

    /** A stored session that keeps its last access time until the stored one is a minute old. */
    static final class Wrapped implements Session {

        private final Session delegate;
        /** The last access time as stored; null for a new session. */
        private final Instant stored;

        Wrapped(Session delegate, Instant stored) {
            this.delegate = delegate;
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (stored == null || !time.isBefore(stored.plus(WRITE_EVERY))) {
                delegate.setLastAccessedTime(time);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return delegate.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            delegate.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            delegate.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            delegate.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }

    /**
     * Puts this repository in front of Spring Session's in the session filter. Declaring it as a bean of its own would
     * turn Spring Boot's session configuration off (it backs off when any session repository is defined), so the
     * filter Spring Session made is replaced by one over this repository, with the same cookies. Everything else
     * (ending a member's sessions, listing them) uses Spring Session's repository directly.
     */
    @Configuration(proxyBeanMethods = false)
    static class Config {

        @Bean
        static BeanPostProcessor throttledAccessTimeSessionFilter(
                ObjectProvider<JdbcIndexedSessionRepository> jdbc, ObjectProvider<CookieSerializer> cookies) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof SessionRepositoryFilter<?>)) {
                        return bean;
                    }
                    SessionRepositoryFilter<Wrapped> filter =
                            new SessionRepositoryFilter<>(new ThrottledAccessTimeSessions(jdbc.getObject()));
                    CookieHttpSessionIdResolver ids = new CookieHttpSessionIdResolver();
                    ids.setCookieSerializer(cookies.getObject());
                    filter.setHttpSessionIdResolver(ids);
                    return filter;
                }
            };
        }
    }
}
