package org.mpscommons.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org MedicalWebPage for an article: what it is about (myofascial pain syndrome as a MedicalCondition), when
 * and by which verified professional it was last medically reviewed, and the works it cites, so search engines and
 * tools can judge it.
 */
@Component
class ArticleJsonLd {

    private final JsonMapper json;

    ArticleJsonLd(JsonMapper json) {
        this.json = json;
    }

    /** The JSON, safe inside a {@code <script type="application/ld+json">} element. */
    String of(Article article, List<Reference> references, String url, String siteName) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", "https://schema.org");
        page.put("@type", "MedicalWebPage");
        page.put("name", article.title());
        page.put("headline", article.title());
        page.put("description", article.summary());
        page.put("url", url);
        page.put("inLanguage", article.language());
        Map<String, Object> condition = new LinkedHashMap<>();
        condition.put("@type", "MedicalCondition");
        condition.put("name", "Myofascial pain syndrome");
        condition.put("alternateName", List.of("MPS", "筋筋膜性疼痛症候群", "筋膜性疼痛症候群"));
        page.put("about", condition);
        if (article.publishedAt() != null) {
            page.put("datePublished", article.publishedAt().toString());
        }
        page.put("dateModified", article.updatedAt().toString());
        // Only a verified professional's review: search engines read lastReviewed and reviewedBy as clinical review.
        // An editor's check of references and wording is not one, and is left out.
        MedicalReview review = article.medicalReview();
        if (review != null) {
            page.put("lastReviewed", review.on().toString());
            Map<String, Object> reviewer = new LinkedHashMap<>();
            reviewer.put("@type", "Person");
            if (review.named()) {
                reviewer.put("name", review.reviewerName());
            }
            reviewer.put("jobTitle", review.profession());
            page.put("reviewedBy", reviewer);
        }
        page.put("publisher", Map.of("@type", "Organization", "name", siteName));
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Reference reference : references) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "CreativeWork");
            work.put("name", reference.title());
            if (!reference.authors().isEmpty()) {
                work.put("author", reference.authors());
            }
            if (reference.year() != null) {
                work.put("datePublished", reference.year().toString());
            }
            if (!reference.container().isEmpty()) {
                work.put("isPartOf", reference.container());
            }
            String link = reference.doiUrl() != null
                    ? reference.doiUrl()
                    : reference.pubmedUrl() != null ? reference.pubmedUrl() : reference.url();
            if (link != null) {
                work.put("url", link);
            }
            List<String> identifiers = new ArrayList<>();
            if (reference.doi() != null) {
                identifiers.add("doi:" + reference.doi());
            }
            if (reference.pmid() != null) {
                identifiers.add("pmid:" + reference.pmid());
            }
            if (reference.isbn() != null) {
                identifiers.add("isbn:" + reference.isbn());
            }
            if (!identifiers.isEmpty()) {
                work.put("identifier", identifiers);
            }
            citations.add(work);
        }
        if (!citations.isEmpty()) {
            page.put("citation", citations);
        }
        return json.writeValueAsString(page).replace("<", "\\u003c");
    }
}
