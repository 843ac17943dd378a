package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mpscommons.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The site's mark, as the header draws it inline, is small, hidden from screen readers, and the favicon's drawing. */
@SiteTest
class MarkTest {

    @Autowired
    TemplateEngine templates;

    @Test
    void theMarkIsADecorativeInlineSvgOfAFewHundredBytes() {
        String mark = render(Map.of()).strip();
        assertThat(mark)
                .startsWith("<svg aria-hidden=\"true\" focusable=\"false\" class=\"mark\"")
                .contains("width=\"28\" height=\"28\"")
                .endsWith("</svg>")
                .doesNotContain("<text", "<image", "href=");
        assertThat(mark.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThan(800);
        assertThat(render(Map.of("size", 40)).strip()).contains("width=\"40\" height=\"40\"");
    }

    @Test
    void theFaviconIsTheSameDrawing() throws Exception {
        String favicon = Files.readString(Path.of("src/main/resources/static/favicon.svg"));
        assertThat(drawing(favicon)).isEqualTo(drawing(render(Map.of())));
    }

    private String render(Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        templates.render("web/mark.jte", parameters, output);
        return output.toString();
    }

    /** What is inside the svg element. */
    private static String drawing(String svg) {
        return svg.substring(svg.indexOf('>', svg.indexOf("<svg")) + 1, svg.lastIndexOf("</svg>"));
    }
}
