package org.mpscommons.doctorkit;

import jakarta.servlet.http.HttpServletRequest;
import org.mpscommons.web.Language;
import org.mpscommons.web.PageFactory;
import org.mpscommons.web.Routes;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public statistics of doctors' responses: the page, and the same tables as CSV and JSON. The numbers are
 * aggregates with small counts hidden, the same for everyone, so any cache may keep the downloads for a while; the
 * page follows the site's usual caching (revalidated, private once signed in, since the header names the member).
 */
@Controller
class ResponseStatisticsController {

    /** As long as a node keeps its counts: a fresher download would not differ. */
    private static final CacheControl DOWNLOADS =
            CacheControl.maxAge(ResponseStatistics.KEEP).cachePublic();

    private final ResponseStatistics statistics;
    private final StatisticsDownloads downloads;
    private final PageFactory pages;

    ResponseStatisticsController(ResponseStatistics statistics, StatisticsDownloads downloads, PageFactory pages) {
        this.statistics = statistics;
        this.downloads = downloads;
        this.pages = pages;
    }

    @GetMapping("/" + Routes.LANG + ResponsesController.BASE)
    String page(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, ResponsesController.BASE, request));
        model.addAttribute("statistics", new StatisticsView(labels(lang), lang).of(statistics.current()));
        return "doctorkit/responses";
    }

    /** What the downloads' columns and fields mean: for people who analyse them, kept off the patients' page. */
    @GetMapping("/" + Routes.LANG + ResponsesController.BASE + "/data")
    String data(@PathVariable Language lang, HttpServletRequest request, Model model) {
        model.addAttribute("page", pages.page(lang, ResponsesController.BASE + "/data", request));
        return "doctorkit/responses-data";
    }

    @GetMapping("/" + Routes.LANG + ResponsesController.BASE + ".csv")
    ResponseEntity<String> csv(@PathVariable Language lang) {
        return ResponseEntity.ok()
                .cacheControl(DOWNLOADS)
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(downloads.csv(statistics.current(), labels(lang)));
    }

    @GetMapping("/" + Routes.LANG + ResponsesController.BASE + ".json")
    ResponseEntity<String> json(@PathVariable Language lang, HttpServletRequest request) {
        String pageUrl = pages.baseUrl() + "/" + lang.code() + ResponsesController.BASE;
        return ResponseEntity.ok()
                .cacheControl(DOWNLOADS)
                .contentType(MediaType.APPLICATION_JSON)
                .body(downloads.json(statistics.current(), labels(lang), lang.code(), pageUrl));
    }

    private Labels labels(Language lang) {
        return new Labels(pages.messages(lang), lang);
    }
}
