package org.mpscommons.forum;

import java.util.ArrayList;
import java.util.List;
import org.mpscommons.web.SitemapEntry;
import org.mpscommons.web.SitemapSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the forum lists in the sitemap: its pages in every language, and its public topics. */
@Configuration(proxyBeanMethods = false)
class ForumSitemaps {

    /** The front page and the category pages (their first, unfiltered page: the one that is indexed). */
    @Bean
    SitemapSource forumPagesSitemapSource(Categories categories) {
        return SitemapSource.listed("forum", () -> {
            List<SitemapEntry> entries = new ArrayList<>(SitemapEntry.inEveryLanguage("/forum/"));
            for (Category category : categories.all()) {
                entries.addAll(SitemapEntry.inEveryLanguage("/forum/c/" + category.slug()));
            }
            return entries;
        });
    }

    @Bean
    SitemapSource topicSitemapSource(TopicRepository topics) {
        return new TopicSitemap(topics, TopicSitemap.IDS_PER_PART, TopicSitemap.BATCH);
    }
}
