package org.mpscommons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Someone who cannot use a mouse reaches everything in the header, in order, and always sees where they are. */
class KeyboardBrowserTest extends BrowserTest {

    @Test
    void theSkipLinkComesFirstAndJumpsToTheContent() {
        visit("/en/");
        page.keyboard().press("Tab");
        assertThat(focused().get("text")).isEqualTo("Skip to main content");
        assertThat(page.locator("a.skip-link").isVisible()).isTrue();
        assertThat((Boolean) page.evaluate("() => document.activeElement.getBoundingClientRect().top >= 0"))
                .isTrue();
        page.keyboard().press("Enter");
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("main");
        page.keyboard().press("Tab");
        // Focus continues with the first link of the content, past the header.
        assertThat((Boolean) page.evaluate("() => document.querySelector('main').contains(document.activeElement)"))
                .isTrue();
    }

    @Test
    void tabWalksThroughTheHeaderInOrderWithAVisibleFocusRing() {
        visit("/ja/");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            page.keyboard().press("Tab");
            Map<String, Object> element = focused();
            reached.add((String) element.get("text"));
            assertThat(element.get("outlineStyle"))
                    .as("focus ring on %s", element.get("text"))
                    .isNotEqualTo("none");
            assertThat(Double.parseDouble(((String) element.get("outlineWidth")).replace("px", "")))
                    .as("focus ring width on %s", element.get("text"))
                    .isGreaterThanOrEqualTo(2.0);
        }
        assertThat(reached)
                .containsExactly(
                        "本文へ移動",
                        "MPSコモンズMPS Commons · 筋筋膜性疼痛を、ともに知る",
                        "記事",
                        "掲示板",
                        "医師に相談",
                        "リンク集",
                        "ログイン",
                        "新規登録",
                        "English");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> focused() {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement;
                  const style = getComputedStyle(e);
                  return { text: e.textContent.trim(), outlineStyle: style.outlineStyle, outlineWidth: style.outlineWidth };
                }""");
    }
}
