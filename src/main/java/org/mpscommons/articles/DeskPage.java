package org.mpscommons.articles;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the editors' desk shows: error reports to answer and lately handled, articles whose editorial review is due,
 * and what readers said of each article.
 *
 * @param votes each article's helpful and not-helpful votes, by article id
 * @param openCounts each article's open error reports, by article id
 * @param today the day that review dates are measured against
 * @param notice the message key that confirms what the editor just did, or null
 */
public record DeskPage(
        List<ErrorReport> open,
        List<ErrorReport> handled,
        List<Article> articles,
        Map<Long, long[]> votes,
        Map<Long, Long> openCounts,
        List<Article> overdue,
        LocalDate today,
        String notice) {}
