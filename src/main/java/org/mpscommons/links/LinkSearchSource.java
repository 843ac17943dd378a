package org.mpscommons.links;

import java.util.List;
import java.util.function.LongConsumer;
import org.mpscommons.search.SearchDocument;
import org.mpscommons.search.SearchSource;
import org.mpscommons.web.Language;
import org.springframework.stereotype.Component;

/**
 * The link page for search: each link once per language, with its title and description in that language, leading
 * to its entry on the link page (a reader searching 「加茂」 or "trigger point manual" finds it).
 */
@Component
class LinkSearchSource implements SearchSource {

    static final String TYPE = "LINK";

    private final LinkRepository links;
    private final org.mpscommons.web.PageFactory pages;

    LinkSearchSource(LinkRepository links, org.mpscommons.web.PageFactory pages) {
        this.links = links;
        this.pages = pages;
    }

    @Override
    public java.util.Map<String, String> categoryNames(Language language) {
        return SearchSource.named(
                pages.messages(language),
                "links.kind.",
                java.util.Arrays.stream(LinkKind.values()).map(LinkKind::code).toList());
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<SearchDocument> current(long id) {
        return links.find(id)
                .map(link -> List.of(document(link, Language.JA), document(link, Language.EN)))
                .orElse(List.of());
    }

    @Override
    public void allIds(LongConsumer ids) {
        links.all().forEach(link -> ids.accept(link.id()));
    }

    private static SearchDocument document(Link link, Language language) {
        return new SearchDocument(
                "link:" + link.id() + ":" + language.code(),
                "link",
                language.code(),
                link.title(language),
                link.description(language) + (link.url() == null ? "" : "\n" + link.url()),
                "/" + language.code() + "/links#link-" + link.id(),
                link.kind().code(),
                link.updatedAt());
    }
}
