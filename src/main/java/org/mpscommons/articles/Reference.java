package org.mpscommons.articles;

/**
 * A work an article cites, as data: a check can list every identifier the site cites.
 *
 * @param status verified, verified-secondary (an identifier seen only in secondary sources) or unverified
 */
public record Reference(long id, String key, String authors, String title, String container, Integer year,
        String details, String doi, String pmid, String pmcid, String isbn, String url, String evidenceType,
        String status) {

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
}
