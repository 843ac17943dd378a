package org.mpscommons.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with a submitted form, as message keys per field, in the order the fields appear. */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public FormErrors reject(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message key for the field's problem, or null. */
    public String key(String field) {
        return byField.get(field);
    }

    /** The ids an input's aria-describedby names: its hint and its error, where present; null for neither. */
    public String describedBy(String field, boolean hasHint) {
        String ids = ((hasHint ? field + "-hint " : "") + (has(field) ? field + "-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }

    public Iterable<Map.Entry<String, String>> entries() {
        return byField.entrySet();
    }
}
