package org.mpscommons.articles;

/** The editors' form for a reference: the work's description and its identifiers, each optional but the title. */
public record ReferenceForm(
        String key,
        String authors,
        String title,
        String container,
        String year,
        String details,
        String doi,
        String pmid,
        String pmcid,
        String isbn,
        String url,
        String evidenceType,
        String status) {

    static ReferenceForm empty() {
        return new ReferenceForm("", "", "", "", "", "", "", "", "", "", "", "", "unverified");
    }

    static ReferenceForm of(Reference reference) {
        return new ReferenceForm(
                reference.key(),
                reference.authors(),
                reference.title(),
                reference.container(),
                reference.year() == null ? "" : reference.year().toString(),
                reference.details(),
                blank(reference.doi()),
                blank(reference.pmid()),
                blank(reference.pmcid()),
                blank(reference.isbn()),
                blank(reference.url()),
                reference.evidenceType(),
                reference.status());
    }

    static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
