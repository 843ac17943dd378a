package org.mpscommons.articles;

import org.springframework.modulith.NamedInterface;

/**
 * A work an article cites, as data: a check can list every identifier the site cites.
 *
 * @param status verified, verified-secondary (an identifier seen only in secondary sources), unverified (the work exists
 *     but no identifier could be checked) or unusable (the work could not be confirmed as cited: it supports no claim)
 */
@NamedInterface("api")
public record Reference(
        long id,
        String key,
        String authors,
        String title,
        String container,
        Integer year,
        String details,
        String doi,
        String pmid,
        String pmcid,
        String isbn,
        String url,
        String evidenceType,
        String status) {

    /** Could not be confirmed as cited: no article may rest a statement on it (ShippedArticlesTest holds the shipped). */
    public boolean unusable() {
        return "unusable".equals(status);
    }

    public boolean unverified() {
        return "unverified".equals(status);
    }

    public String doiUrl() {
        return doi == null ? null : "https://doi.org/" + doi;
    }

    public String pubmedUrl() {
        return pmid == null ? null : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/";
    }

    public String pmcUrl() {
        return pmcid == null ? null : "https://pmc.ncbi.nlm.nih.gov/articles/" + pmcid + "/";
    }

    /** The reference as one line of plain text, as a printed letter lists it (Vancouver style): authors, title, journal, year;volume(issue):pages, DOI. */
    public String citation() {
        StringBuilder line = new StringBuilder();
        if (authors != null && !authors.isBlank()) {
            line.append(sentence(authors)).append(' ');
        }
        line.append(sentence(title));
        if (container != null && !container.isBlank()) {
            line.append(' ').append(sentence(container));
        }
        if (year != null) {
            line.append(' ').append(year);
            if (details != null && !details.isBlank()) {
                line.append(';').append(details);
            }
            line.append('.');
        }
        if (doi != null) {
            line.append(" doi:").append(doi);
        } else if (url != null) {
            line.append(' ').append(url);
        }
        return line.toString();
    }

    /** A part ending in a full stop, without doubling one it has ("et al.") or replacing a question mark. */
    private static String sentence(String part) {
        String trimmed = part.strip();
        return trimmed.endsWith(".") || trimmed.endsWith("?") || trimmed.endsWith("!") ? trimmed : trimmed + ".";
    }
}
