package org.mpscommons.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** What is wrong with a submitted form, as message keys per field, in the order the fields appear. */
@NamedInterface("api")
public final class FormErrors {

    private static final Object[] NO_ARGUMENTS = {};

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Map<String, Object[]> arguments = new LinkedHashMap<>();

    public FormErrors reject(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    /** A problem whose message needs values, such as "try again in {0} minutes". */
    public FormErrors reject(String field, String messageKey, Object... messageArguments) {
        if (!byField.containsKey(field)) {
            byField.put(field, messageKey);
            arguments.put(field, messageArguments.clone());
        }
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

    /** The values the field's message needs ({@code page.t(errors.key(f), errors.arguments(f))}); none for most. */
    public Object[] arguments(String field) {
        return arguments.getOrDefault(field, NO_ARGUMENTS);
    }

    public Map<String, String> all() {
        return Map.copyOf(byField);
    }

    public Iterable<Map.Entry<String, String>> entries() {
        return byField.entrySet();
    }
}
