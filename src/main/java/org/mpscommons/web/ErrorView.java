package org.mpscommons.web;

import org.springframework.http.HttpStatus;

/** Which texts an error page shows; the message keys are {@code error.<kind>.title} and {@code .text}. */
public record ErrorView(int status, String kind) {

    static ErrorView of(HttpStatus status) {
        String kind = switch (status) {
            case NOT_FOUND -> "notFound";
            case FORBIDDEN -> "forbidden";
            default -> status.is4xxClientError() ? "badRequest" : "serverError";
        };
        return new ErrorView(status.value(), kind);
    }

    public String titleKey() {
        return "error." + kind + ".title";
    }

    public String textKey() {
        return "error." + kind + ".text";
    }
}
