package org.mpscommons.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The XSS corpus and its inertness check, for features that change sanitized HTML after the pipeline. */
public final class XssCorpusAccess {

    private XssCorpusAccess() {}

    public static List<String> payloads() {
        try {
            return XssCorpusTest.payloads();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> problems(String html) {
        return InertHtml.problems(html);
    }
}
