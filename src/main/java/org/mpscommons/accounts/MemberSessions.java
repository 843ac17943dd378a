package org.mpscommons.accounts;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** A member's sessions on every node, found through Spring Session's principal-name index (the member id). */
@Component
class MemberSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final PersistentTokenRepository rememberMe;

    MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions, PersistentTokenRepository rememberMe) {
        this.sessions = sessions;
        this.rememberMe = rememberMe;
    }

    /** Ends every session and forgets every "remember me" browser of the member. */
    void endAll(long memberId) {
        sessions.findByPrincipalName(Long.toString(memberId)).keySet().forEach(sessions::deleteById);
        rememberMe.removeUserTokens(Long.toString(memberId));
    }

    /** Ends the member's other sessions and "remember me" browsers; this one stays signed in. */
    void endAllExcept(long memberId, String keepSessionId) {
        rememberMe.removeUserTokens(Long.toString(memberId));
        sessions.findByPrincipalName(Long.toString(memberId)).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }

    /** The member's sessions, most recently used first, as the settings page lists them. */
    java.util.List<ActiveSession> list(long memberId, String currentSessionId) {
        return sessions.findByPrincipalName(Long.toString(memberId)).values().stream()
                .map(session -> new ActiveSession(
                        session.getCreationTime(),
                        session.getLastAccessedTime(),
                        session.getAttribute(DEVICE_ATTRIBUTE) instanceof String device ? device : null,
                        session.getId().equals(currentSessionId)))
                .sorted(java.util.Comparator.comparing(ActiveSession::lastUsed).reversed())
                .toList();
    }

    /** Session attribute: a short description of the browser that signed in, for the sessions list. */
    static final String DEVICE_ATTRIBUTE = "mps.device";
}
