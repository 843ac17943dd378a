package org.mpscommons.web;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** See {@link SitemapSource#listed}. */
record ListedSitemapSource(String name, Supplier<List<SitemapEntry>> entries) implements SitemapSource {

    static final Pattern NAME = Pattern.compile("[a-z]+(?:-[a-z]+)*");

    ListedSitemapSource {
        requireName(name);
        Objects.requireNonNull(entries);
    }

    static void requireName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "A sitemap source's name is lower-case words joined by hyphens: " + name);
        }
    }

    @Override
    public List<Part> parts() {
        List<SitemapEntry> all = entries.get();
        List<Part> parts = new ArrayList<>();
        for (int number = 1; (long) (number - 1) * MAX_URLS < all.size(); number++) {
            parts.add(new Part(number, newest(slice(all, number))));
        }
        return parts;
    }

    @Override
    public void write(int part, Consumer<SitemapEntry> out) {
        List<SitemapEntry> all = entries.get();
        if (part >= 1 && (long) (part - 1) * MAX_URLS < all.size()) {
            slice(all, part).forEach(out);
        }
    }

    private static List<SitemapEntry> slice(List<SitemapEntry> all, int part) {
        return all.subList((part - 1) * MAX_URLS, Math.min(all.size(), part * MAX_URLS));
    }

    /** The part changed when its newest page did; unknown if any page's date is. */
    private static Temporal newest(List<SitemapEntry> entries) {
        if (entries.stream().anyMatch(entry -> entry.lastModified() == null)) {
            return null;
        }
        return entries.stream()
                .map(SitemapEntry::lastModified)
                .max(Comparator.comparing(SitemapXml::comparable))
                .orElse(null);
    }
}
