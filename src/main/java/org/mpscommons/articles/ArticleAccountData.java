package org.mpscommons.articles;

import org.mpscommons.accounts.AccountDataPart;
import org.springframework.stereotype.Component;

/** The error reports a member sent about articles, with the editors' answers, in "download my data". */
@Component
class ArticleAccountData implements AccountDataPart {

    private final ArticleRepository articles;

    ArticleAccountData(ArticleRepository articles) {
        this.articles = articles;
    }

    @Override
    public String name() {
        return "articleReports";
    }

    @Override
    public Object export(long memberId) {
        return articles.reportsBy(memberId).stream()
                .map(report -> {
                    var entry = new java.util.LinkedHashMap<String, Object>();
                    entry.put("article", "/" + report.articleLanguage() + "/articles/" + report.articleSlug());
                    entry.put("text", report.body());
                    entry.put("status", report.status().name());
                    entry.put("reply", report.reply());
                    entry.put("sentAt", report.createdAt().toString());
                    return entry;
                })
                .toList();
    }
}
