package org.mpscommons.doctorkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mpscommons.accounts.AccountDataPart;
import org.springframework.stereotype.Component;

/** The responses about doctors a member linked to their account, in "download my data" (the ids of the kit's lists). */
@Component
class ResponsesAccountData implements AccountDataPart {

    private final ResponseRepository responses;

    ResponsesAccountData(ResponseRepository responses) {
        this.responses = responses;
    }

    @Override
    public String name() {
        return "doctorResponses";
    }

    @Override
    public Object export(long memberId) {
        return responses.linkedTo(memberId).stream()
                .map(response -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("visitMonth", response.visitMonth().toString());
                    entry.put("diagnosis", response.diagnosis());
                    entry.put("response", response.response().id());
                    entry.put("country", response.country());
                    entry.put("prefecture", response.prefecture());
                    entry.put("recordedOn", response.createdOn().toString());
                    return entry;
                })
                .toList();
    }
}
