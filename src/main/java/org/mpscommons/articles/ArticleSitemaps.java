package org.mpscommons.articles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The knowledge base in the sitemap: the index in both languages, and every published article at its own address,
 * dated by its last change, with its published translation as hreflang alternate (English as x-default), as the
 * article page itself declares them.
 */
@Configuration(proxyBeanMethods = false)
class ArticleSitemaps {

    @Bean
    SitemapSource articleSitemapSource(ArticleRepository articles) {
        return SitemapSource.listed("articles", () -> {
            List<SitemapEntry> entries = new ArrayList<>(SitemapEntry.inEveryLanguage("/articles/"));
            Map<String, List<Article>> byKey = articles.all().stream()
                    .filter(Article::published)
                    .collect(Collectors.groupingBy(Article::translationKey, LinkedHashMap::new, Collectors.toList()));
            for (List<Article> versions : byKey.values()) {
                Map<String, String> alternates = new LinkedHashMap<>();
                if (versions.size() > 1) {
                    versions.forEach(article -> alternates.put(article.language(), address(article)));
                    Article fallback = versions.stream()
                            .filter(article -> article.language().equals("en"))
                            .findFirst()
                            .orElse(versions.getFirst());
                    alternates.put("x-default", address(fallback));
                }
                for (Article article : versions) {
                    entries.add(new SitemapEntry(address(article), article.updatedAt(), alternates));
                }
            }
            return entries;
        });
    }

    private static String address(Article article) {
        return "/" + article.language() + article.path();
    }
}
