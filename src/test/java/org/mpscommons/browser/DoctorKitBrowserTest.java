package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;

/**
 * A patient makes a letter for their doctor on a phone (390×844): in Japanese pointing at the body figure, going back
 * and forth with the browser's own buttons; in English without JavaScript. Every page on the way passes the checks
 * (axe, the HTML checker, 44 px targets), no step ever asks to send a form again, and the PDF says what they answered.
 */
class DoctorKitBrowserTest extends BrowserTest {

    @Test
    void onAPhoneThePatientTapsTheFigureAndGoesBackAndForthWithTheBrowsersButtons() throws Exception {
        phone("ja-JP", true);
        visit("/ja/doctor-kit");
        assertThat(page.locator(".body-figure")).isVisible();

        // Going on with nothing chosen: the page again, its error summary taking the focus.
        assertClean(next());
        assertThat(page).hasURL(url("/ja/doctor-kit"));
        assertThat(page.locator(".error-summary")).containsText("痛む場所を1つ以上選んでください。");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator(".error-summary a[href='#regions']")).isVisible();

        // A tap on the whole figure zooms to the part tapped; a tap there chooses the place, by its side.
        Locator rightBlade = page.locator(".body-view[data-view=back] rect[data-place=scapula-right]");
        page.locator(".body-figure").scrollIntoViewIfNeeded();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", "doctor-kit-figure-ja-phone.png")));
        rightBlade.click();
        assertThat(page.locator(".body-figure-whole")).isVisible();
        assertThat(page.locator(".body-view[data-view=front]")).isHidden();
        assertThat(page.locator("#regions-scapula-right")).not().isChecked();
        org.assertj.core.api.Assertions.assertThat(smallPlacesInZoom()).isEmpty();
        page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots", "doctor-kit-figure-zoomed-ja-phone.png")));
        rightBlade.click();
        assertThat(page.locator("#regions-scapula-right")).isChecked();
        assertThat(page.locator("#regions-scapula-left")).not().isChecked();
        assertThat(rightBlade).hasClass("body-place chosen");
        assertThat(page.locator(".body-view[data-view=back] rect[data-place=scapula-left]"))
                .hasClass("body-place");
        assertThat(page.locator(".body-figure-status")).hasText("右の肩甲骨部（棘下部）：選びました");

        // The list does the same, and the figure follows it.
        page.locator(".body-figure-whole").click();
        page.locator(".body-area[data-area=lower_legs_feet] summary").click();
        page.locator("label[for=regions-calf-left]").click();
        assertThat(page.locator(".body-view[data-view=back] rect[data-place=calf-left]"))
                .hasClass("body-place chosen");
        assertThat(page.locator(".body-chosen-list")).hasText("右の肩甲骨部（棘下部）、左のふくらはぎ（下腿後面）");
        screenshot("doctor-kit-1-ja-phone");

        assertClean(next());
        assertThat(page).hasURL(url("/ja/doctor-kit/step/history"));
        page.locator("label[for=since-2y]").click();
        assertClean(next());
        assertThat(page).hasURL(url("/ja/doctor-kit/step/signs"));
        assertClean(next());
        page.locator("#effect-painkillers").selectOption("better");
        assertClean(next());
        assertThat(page).hasURL(url("/ja/doctor-kit/step/letter"));
        screenshot("doctor-kit-5-ja-phone");

        // The browser's back button: plain pages, never "confirm form resubmission", the answers still there.
        Response back = page.goBack();
        assertThat(page).hasURL(url("/ja/doctor-kit/step/treatments"));
        org.assertj.core.api.Assertions.assertThat(back.request().method()).isEqualTo("GET");
        org.assertj.core.api.Assertions.assertThat(back.status()).isEqualTo(200);
        assertThat(page.locator("#effect-painkillers")).hasValue("better");
        page.goBack();
        assertThat(page.locator("form h2")).hasText("ステップ 3/5：先に確認したい危険なサイン");
        Response forward = page.goForward();
        org.assertj.core.api.Assertions.assertThat(forward.status()).isEqualTo(200);
        assertThat(page).hasURL(url("/ja/doctor-kit/step/treatments"));
        assertClean(next());

        page.locator("label[for=letterLanguage-en]").click();
        Response letter = page.waitForNavigation(
                () -> page.locator("button[formaction='/ja/doctor-kit/letter']").click());
        assertClean(letter);
        assertThat(page).hasURL(url("/ja/doctor-kit/letter"));
        assertThat(page.locator("article.letter")).hasAttribute("lang", "en");
        assertThat(page.locator("article.letter")).containsText("Date: ");
        assertThat(page.locator("details.disclosure summary")).hasText("プリンターがない場合");
        screenshot("doctor-kit-letter-ja-phone");
        Download download = page.waitForDownload(
                () -> page.locator(".kit-letter-actions a[download]").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Where it hurts: Shoulder blade (infraspinous area, right), Calf (left)")
                    .contains("about 2 years");
        }
        // Back from the letter's page is the last step, as it was.
        page.goBack();
        assertThat(page).hasURL(url("/ja/doctor-kit/step/letter"));
        assertThat(page.locator("#letterLanguage-en")).isChecked();
    }

    @Test
    void onAPhoneWithoutJavaScriptEveryStepWorksAndBackWorksToo() throws Exception {
        phone("en-US", false);
        visit("/en/doctor-kit");
        assertThat(page.locator(".body-figure")).isHidden();

        assertClean(next());
        assertThat(page.locator(".error-summary")).containsText("Choose at least one place where it hurts.");
        assertThat(page.locator(".error-summary")).isFocused();
        assertThat(page.locator("#regions-error")).isVisible();
        page.locator(".body-area[data-area=head_neck] summary").click();
        page.locator("label[for=regions-temple-left]").click();
        page.locator("label[for=regions-neck_posterior]").click();
        screenshot("doctor-kit-1-en-phone-nojs");

        assertClean(next());
        assertThat(page.locator("form h2")).hasText("Step 2 of 5: How long, and what you were told");
        page.locator("label[for=since-6m]").click();
        assertClean(next());
        page.goBack();
        assertThat(page).hasURL(url("/en/doctor-kit/step/history"));
        assertThat(page.locator("#since-6m")).isChecked();
        page.goBack();
        assertThat(page).hasURL(url("/en/doctor-kit"));
        assertThat(page.locator("#regions-temple-left")).isChecked();
        assertThat(page.locator("#regions-temple-right")).not().isChecked();
        // The area with a chosen place opens by itself.
        assertThat(page.locator(".body-area[data-area=head_neck]")).hasAttribute("open", "");
        assertClean(next());
        assertClean(next());
        assertClean(next());
        assertClean(next());
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        screenshot("doctor-kit-5-en-phone-nojs");
        Response letter = page.waitForNavigation(
                () -> page.locator("button[formaction='/en/doctor-kit/letter']").click());
        assertClean(letter);
        Download download = page.waitForDownload(
                () -> page.locator(".kit-letter-actions a[download]").click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Where it hurts: Temple / side of head (left), Back of neck")
                    .contains("How long I have had it: about 6 months")
                    .contains("Diagnoses I have been given: none");
        }
    }

    @Test
    void aMemberKeepsTheirAnswersAndDeletesThemAgain() {
        String email = AccountsFixture.confirmedMember(port, "en");
        visit("/en/login");
        page.locator("#email").fill(email);
        page.locator("#password").fill(AccountsFixture.PASSWORD);
        page.waitForNavigation(
                () -> page.locator("form.form button[type=submit]").click());
        visit("/en/doctor-kit/saved");
        assertThat(page.locator("main")).containsText("You have not saved any answers.");

        visit("/en/doctor-kit");
        page.locator(".body-area[data-area=lower_legs_feet] summary").click();
        page.locator("label[for=regions-calf-right]").click();
        next();
        next();
        next();
        next();
        page.locator("label[for=save]").click();
        page.waitForNavigation(
                () -> page.locator("button[formaction='/en/doctor-kit/letter']").click());
        visit("/en/doctor-kit/saved");
        assertThat(page.locator(".saved-letters li")).hasCount(1);
        assertThat(page.locator(".saved-letters li")).containsText("Calf (right)");
        Response deleted = page.waitForNavigation(
                () -> page.locator(".saved-letters button").click());
        assertClean(deleted);
        assertThat(page.locator("[role=status]")).hasText("The saved answers were deleted.");
    }

    /**
     * Before the letter, the signs that need a doctor first, for the places, time and age given, most urgent first: on a
     * computer with JavaScript in English, and on a phone without it in Japanese.
     */
    @Test
    void chestPainUnderAMonthShowsTheAmbulanceCardBeforeAnythingElse() {
        visit("/en/doctor-kit");
        page.locator(".body-area[data-area=chest_abdomen] summary").click();
        page.locator("label[for=regions-chest_pectoral-left]").click();
        assertClean(next());
        page.locator("label[for=since-0m]").click();
        assertClean(next());
        assertThat(page.locator("form h2")).hasText("Step 3 of 5: Warning signs to check first");
        assertThat(page.locator(".care-card").first()).hasClass("care-card care-card-immediate");
        assertThat(page.locator(".care-card-immediate h3")).hasText("Call an ambulance now if:");
        assertThat(page.locator(".care-card-immediate")).containsText("Sudden chest pain, pressure or tightness");
        assertThat(page.locator(".care-review")).containsText("Awaiting clinical review.");
        screenshot("doctor-kit-signs-chest-en");

        assertClean(next());
        assertClean(next());
        page.waitForNavigation(
                () -> page.locator("button[formaction='/en/doctor-kit/letter']").click());
        assertThat(page.locator("article.letter")).containsText("I read a list of warning signs for these areas");
    }

    @Test
    void onAPhoneWithoutJavaScriptEachPlaceGetsItsOwnSigns() {
        phone("ja-JP", false);
        signsFor("chest_abdomen", "sternum", null);
        assertThat(page.locator(".care-card").first()).hasClass("care-card care-card-immediate");
        assertThat(page.locator(".care-card-immediate h3")).hasText("次の場合は、すぐに救急車を呼んでください");
        assertThat(page.locator(".care-card-immediate")).containsText("突然の胸の痛み・圧迫感・締めつけ感");
        screenshot("doctor-kit-signs-sternum-ja-phone");

        signsFor("lower_legs_feet", "calf-left", null);
        assertThat(page.locator("#kit-sign-calf_dvt")).containsText("片方の脚のむくみ・熱っぽさ");

        signsFor("back_hips", "low_back-right", "50_plus");
        assertThat(page.locator("#kit-sign-back_new_over_50")).isVisible();
        assertThat(page.locator("#kit-sign-back_osteoporosis_steroids")).isVisible();
        assertThat(page.locator("#kit-sign-any_cancer_history")).containsText("がんにかかったことがあり");
        assertThat(page.locator("#kit-sign-back_teen_sport")).hasCount(0);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        screenshot("doctor-kit-signs-low-back-50-ja-phone");

        visit("/ja/warning-signs");
        assertThat(page.locator("h1")).hasText("危険なサイン：先に受診が必要なとき");
        screenshot("warning-signs-ja-phone");
    }

    /** Starts the kit afresh with one place and an age band (or none), and goes on to the signs step. */
    private void signsFor(String area, String place, String age) {
        visit("/ja/doctor-kit");
        if (page.locator(".kit-restart button").count() > 0) {
            page.waitForNavigation(() -> page.locator(".kit-restart button").click());
        }
        page.locator(".body-area[data-area=" + area + "] summary").click();
        page.locator("label[for=regions-" + place + "]").click();
        assertClean(next());
        if (age != null) {
            page.locator("label[for=age-" + age + "]").click();
        }
        assertClean(next());
        assertThat(page.locator("form h2")).hasText("ステップ 3/5：先に確認したい危険なサイン");
    }

    private void phone(String locale, boolean javaScript) {
        openBrowser(new Browser.NewContextOptions()
                .setLocale(locale)
                .setJavaScriptEnabled(javaScript)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
    }

    /** The places fully in the zoomed figure's window that are smaller than a 44 px target on the screen. */
    @SuppressWarnings("unchecked")
    private List<String> smallPlacesInZoom() {
        return (List<String>) page.evaluate("""
                () => {
                  const view = document.querySelector('.body-view.zoomed svg');
                  const frame = view.getBoundingClientRect();
                  const small = [];
                  for (const place of view.querySelectorAll('rect[data-place]')) {
                    const box = place.getBoundingClientRect();
                    const inside = box.left >= frame.left && box.right <= frame.right
                        && box.top >= frame.top && box.bottom <= frame.bottom;
                    if (inside && (box.width < 44 || box.height < 44)) {
                      small.push(place.dataset.place + ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
                    }
                  }
                  return small;
                }
                """);
    }

    private Response next() {
        return page.waitForNavigation(
                () -> page.locator("button[name=go][value=next]").click());
    }
}
