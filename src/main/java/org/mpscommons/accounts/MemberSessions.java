package org.mpscommons.accounts;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** A member's sessions on every node, found through Spring Session's principal-name index (the member id). */
@Component
class MemberSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    MemberSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    void endAll(long memberId) {
        sessions.findByPrincipalName(Long.toString(memberId)).keySet().forEach(sessions::deleteById);
    }
}
