package org.mpscommons.doctorkit;

import java.util.Optional;

/** How a doctor responded when a patient brought up MPS: the answer a patient chooses on the form. */
enum ResponseType {
    /** Open to MPS and treated the patient for it. */
    OPEN_TREATED("open_treated"),
    /** Open to MPS and referred the patient to someone who treats it. */
    OPEN_REFERRED("open_referred"),
    /** Listened, but did not know MPS. */
    DID_NOT_KNOW("did_not_know"),
    /** Refused to consider it. */
    REFUSED("refused"),
    OTHER("other");

    private final String id;

    ResponseType(String id) {
        this.id = id;
    }

    /** As stored, in forms and in the downloads. */
    String id() {
        return id;
    }

    static Optional<ResponseType> fromId(String id) {
        for (ResponseType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
