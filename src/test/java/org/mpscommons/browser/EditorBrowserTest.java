package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpscommons.forum.ForumFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The editor's toolbar and live preview, as a guest on a phone in Japanese uses them on a topic's comment form; and
 * the same form without JavaScript, where no toolbar appears and the Preview button renders the preview instead.
 */
class EditorBrowserTest extends BrowserTest {

    @Autowired
    ApplicationContext context;

    String topicPath;

    @BeforeEach
    void createTopic() {
        ForumFixture.Member member = new ForumFixture(context, port).member();
        topicPath = ForumFixture.startTopic(
                member.client(),
                "treatments",
                ForumFixture.unique("Editor check "),
                "Has anyone tried heat?",
                "public");
    }

    @Test
    void theToolbarFormatsTheSelectionAndThePreviewFollowsTheTyping() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        Response response = visit("/ja" + topicPath);
        Locator body = page.locator("#body");
        Locator preview = page.locator(".live-preview .post-body");
        assertThat(page.locator(".live-preview h2")).hasText("プレビュー（入力に合わせて更新されます）");
        assertThat(preview).hasText("まだプレビューする内容がありません。");
        assertThat(button("太字")).hasAttribute("aria-controls", "body");

        body.fill("痛みが軽くなりました");
        select(body, 0, 2);
        button("太字").click();
        assertThat(body).hasValue("**痛み**が軽くなりました");
        Assertions.assertThat(selected(body)).as("the words stay selected").isEqualTo("痛み");
        assertThat(preview.locator("strong")).hasText("痛み");

        body.fill("注射\nストレッチ");
        select(body, 0, 8);
        button("箇条書き").click();
        assertThat(body).hasValue("- 注射\n- ストレッチ");
        assertThat(preview.locator("li")).hasText(new String[] {"注射", "ストレッチ"});

        body.fill("先生の言葉");
        select(body, 0, 5);
        button("引用").click();
        assertThat(body).hasValue("> 先生の言葉");
        assertThat(preview.locator("blockquote")).containsText("先生の言葉");

        body.fill("資料");
        select(body, 0, 2);
        body.press("Control+b");
        assertThat(body).hasValue("**資料**");
        body.press("Control+b");
        assertThat(body).hasValue("資料");
        button("リンク").click();
        assertThat(body).hasValue("[資料](https://)");
        Assertions.assertThat(selected(body))
                .as("the address is selected, ready to replace")
                .isEqualTo("https://");
        page.keyboard().insertText("https://example.org/heat");
        assertThat(preview.locator("a")).hasAttribute("href", "https://example.org/heat");
        assertClean(response);
        screenshot("editor-live-preview-ja-phone");
    }

    @Test
    void withoutJavaScriptThereIsNoToolbarAndThePreviewButtonRendersThePreview() {
        openBrowser(new Browser.NewContextOptions().setLocale("ja-JP").setJavaScriptEnabled(false));
        visit("/ja" + topicPath);
        assertThat(page.locator("section.reply button[type=button]")).hasCount(0);
        assertThat(page.locator(".live-preview")).hasCount(0);

        page.locator("#body").fill("**温める**と楽です。\n\n- 朝\n- 夜");
        Response previewed = page.waitForNavigation(
                () -> page.locator("button[name=preview]").click());
        assertThat(page.locator(".preview strong")).hasText("温める");
        assertThat(page.locator(".preview li")).hasCount(2);
        assertThat(page.locator("#body")).hasValue("**温める**と楽です。\n\n- 朝\n- 夜");
        assertClean(previewed);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName(name));
    }

    private static void select(Locator textarea, int start, int end) {
        textarea.evaluate("(t, [s, e]) => { t.focus(); t.setSelectionRange(s, e); }", java.util.List.of(start, end));
    }

    private static Object selected(Locator textarea) {
        return textarea.evaluate("t => t.value.slice(t.selectionStart, t.selectionEnd)");
    }
}
