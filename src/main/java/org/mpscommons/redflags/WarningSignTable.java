package org.mpscommons.redflags;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mpscommons.content.Csv;

/**
 * The shipped table of warning signs ({@code redflags/warning_signs.csv}) and the sources it cites
 * ({@code redflags/sources.csv}), read once. The table is part of the code: a change goes through review like code,
 * and its {@link #version()} changes with it, so a clinical review recorded for one version does not carry over.
 * A malformed row stops the start-up: a warning sign silently dropped would be worse than no site.
 */
record WarningSignTable(List<WarningSign> signs, String version) {

    static final String SIGNS = "/redflags/warning_signs.csv";
    static final String SOURCES = "/redflags/sources.csv";

    static WarningSignTable shipped() {
        byte[] signs = bytes(SIGNS);
        byte[] sources = bytes(SOURCES);
        return new WarningSignTable(parse(text(signs), sources(text(sources))), digest(signs, sources));
    }

    static List<WarningSign> parse(String signs, Map<String, WarningSignSource> sources) {
        return Csv.read(signs).stream().map(row -> sign(row, sources)).toList();
    }

    static Map<String, WarningSignSource> sources(String text) {
        Map<String, WarningSignSource> sources = new LinkedHashMap<>();
        for (Map<String, String> row : Csv.read(text)) {
            sources.put(
                    row.get("id"),
                    new WarningSignSource(
                            row.get("id"),
                            row.get("publisher"),
                            row.get("title"),
                            row.get("url"),
                            row.get("how_checked")));
        }
        return sources;
    }

    private static WarningSign sign(Map<String, String> row, Map<String, WarningSignSource> sources) {
        String id = row.get("id");
        String regions = row.get("regions").strip();
        String since = row.get("since").strip();
        if (!since.isEmpty() && !since.equals("under_1m")) {
            throw new IllegalStateException("Warning sign " + id + ": unknown duration " + since);
        }
        Set<AgeBand> ages = split(row.get("age")).stream()
                .map(code -> AgeBand.ofCode(code)
                        .orElseThrow(
                                () -> new IllegalStateException("Warning sign " + id + ": unknown age band " + code)))
                .collect(Collectors.toUnmodifiableSet());
        List<WarningSignSource> cited = split(row.get("sources")).stream()
                .map(key -> {
                    WarningSignSource source = sources.get(key);
                    if (source == null) {
                        throw new IllegalStateException("Warning sign " + id + ": unknown source " + key);
                    }
                    return source;
                })
                .toList();
        if (cited.isEmpty()
                || row.get("text_en").isBlank()
                || row.get("text_ja").isBlank()) {
            throw new IllegalStateException("Warning sign " + id + " lacks a source or its wording");
        }
        return new WarningSign(
                id,
                Urgency.ofCode(row.get("urgency")),
                regions.equals("any") ? Set.of() : Set.copyOf(split(regions)),
                !since.isEmpty(),
                ages,
                row.get("text_en").strip(),
                row.get("text_ja").strip(),
                cited,
                split(row.get("from_mimic")));
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = WarningSignTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String digest(byte[]... files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] file : files) {
                sha.update(file);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
