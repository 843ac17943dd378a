package org.mpscommons.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mpscommons.accounts.AccountsFixture;

/**
 * A patient makes a letter for their doctor: in English on a computer with the body figure, asking for a Japanese
 * letter; in Japanese on a phone without JavaScript, asking for an English one. Every page on the way passes the
 * checks, and the downloaded PDF says what they answered.
 */
class DoctorKitBrowserTest extends BrowserTest {

    @Test
    void onAComputerThePatientPointsAtTheFigureAndGetsAJapaneseLetter() throws Exception {
        visit("/en/doctor-kit");
        assertThat(page.locator("h1")).hasText("Ask your doctor about MPS");
        assertThat(page.locator(".kit-privacy")).containsText("We do not save what you enter here");
        assertThat(page.locator(".body-figure")).isVisible();
        page.locator(".body-figure rect[data-region=low_back]").first().click();
        assertThat(page.locator("#region-low_back")).isChecked();
        assertThat(page.locator(".body-figure rect[data-region=low_back]").first())
                .hasClass("region chosen");
        page.locator("label[for=region-buttock]").click();
        assertThat(page.locator(".body-figure rect[data-region=buttock].chosen"))
                .hasCount(2);
        screenshot("doctor-kit-1-en");

        assertClean(next());
        assertThat(page.locator("form h2")).hasText("Step 2 of 5: How long, and what you were told");
        page.locator("label[for=since-2y]").click();
        page.locator("label[for=diagnosis-sciatica]").click();
        page.locator("label[for=diagnosis-disc_herniation]").click();

        assertClean(next());
        assertThat(page.locator("form h2")).hasText("Step 3 of 5: Warning signs to check first");
        assertClean(next());
        page.locator("label[for=effect-painkillers-better]").click();
        page.locator("label[for=effect-epidural_block-same]").click();

        assertClean(next());
        assertThat(page.locator(".kit-summary")).containsText("Low back (lumbar), Buttock");
        assertThat(page.locator(".kit-summary")).containsText("Epidural block: No change");
        page.locator("label[for=letterLanguage-ja]").click();
        page.locator("#note").fill("朝起きたときが一番つらいです。");
        screenshot("doctor-kit-4-en");

        Response printView = page.waitForNavigation(() -> page.locator(
                        "button",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Show the letter as a page to print"))
                .click());
        assertClean(printView);
        assertThat(page.locator("article.letter")).hasAttribute("lang", "ja");
        assertThat(page.locator("article.letter")).containsText("これまでに受けた診断（坐骨神経痛、椎間板ヘルニア）");
        assertThat(page.locator("article.letter .letter-qr svg")).isVisible();
        screenshot("doctor-kit-letter-en");

        Download download = page.waitForDownload(() -> page.locator(
                        "button",
                        new com.microsoft.playwright.Page.LocatorOptions().setHasText("Download the letter (PDF)"))
                .click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(pdf.getNumberOfPages()).isBetween(1, 2);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("痛む場所：腰（腰部）、殿部（お尻）")
                    .contains("約2年")
                    .contains("硬膜外ブロック：変わらなかった")
                    .contains("朝起きたときが一番つらいです。");
        }
    }

    @Test
    void onAPhoneWithoutJavaScriptEveryStepStillWorks() throws Exception {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(360, 740)
                .setIsMobile(true)
                .setHasTouch(true));
        visit("/ja/doctor-kit");
        assertThat(page.locator(".body-figure")).isHidden();

        // Going on without choosing a place says what is missing, above the form and at the list.
        assertClean(next());
        assertThat(page.locator(".error-summary")).containsText("痛む場所を1つ以上選んでください。");
        assertThat(page.locator("#regions-error")).isVisible();
        page.locator("label[for=region-neck_posterior]").click();
        page.locator("label[for=region-suprascapular]").click();

        assertClean(next());
        assertThat(page.locator("form h2")).hasText("ステップ 2/5：痛みの期間と受けた診断");
        page.locator("label[for=since-6m]").click();
        assertClean(next());
        assertClean(next());
        assertClean(next());
        page.locator("label[for=letterLanguage-en]").click();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow).isEqualTo(false);
        screenshot("doctor-kit-4-ja-phone");

        Download download = page.waitForDownload(() -> page.locator(
                        "button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("手紙をダウンロードする（PDF）"))
                .click());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            org.assertj.core.api.Assertions.assertThat(text)
                    .contains("Where it hurts: Back of neck, Above the shoulder blade (suprascapular)")
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
        page.locator("label[for=region-calf]").click();
        next();
        next();
        next();
        next();
        page.locator("label[for=save]").click();
        page.waitForNavigation(() -> page.locator(
                        "button",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Show the letter as a page to print"))
                .click());
        visit("/en/doctor-kit/saved");
        assertThat(page.locator(".saved-letters li")).hasCount(1);
        assertThat(page.locator(".saved-letters li")).containsText("Calf");
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
        page.locator(".body-figure rect[data-region=chest_pectoral]").first().click();
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
        page.waitForNavigation(() -> page.locator(
                        "button",
                        new com.microsoft.playwright.Page.LocatorOptions()
                                .setHasText("Show the letter as a page to print"))
                .click());
        assertThat(page.locator("article.letter")).containsText("I read a list of warning signs for these areas");
    }

    @Test
    void onAPhoneWithoutJavaScriptEachPlaceGetsItsOwnSigns() {
        openBrowser(new Browser.NewContextOptions()
                .setLocale("ja-JP")
                .setJavaScriptEnabled(false)
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true));
        signsFor("sternum", null);
        assertThat(page.locator(".care-card").first()).hasClass("care-card care-card-immediate");
        assertThat(page.locator(".care-card-immediate h3")).hasText("次の場合は、すぐに救急車を呼んでください");
        assertThat(page.locator(".care-card-immediate")).containsText("突然の胸の痛み・圧迫感・締めつけ感");
        screenshot("doctor-kit-signs-sternum-ja-phone");

        signsFor("calf", null);
        assertThat(page.locator("#kit-sign-calf_dvt")).containsText("片方の脚のむくみ・熱っぽさ");

        signsFor("low_back", "50_plus");
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
    private void signsFor(String region, String age) {
        visit("/ja/doctor-kit");
        page.locator("label[for=region-" + region + "]").click();
        assertClean(next());
        if (age != null) {
            page.locator("label[for=age-" + age + "]").click();
        }
        assertClean(next());
        assertThat(page.locator("form h2")).hasText("ステップ 3/5：先に確認したい危険なサイン");
    }

    private Response next() {
        return page.waitForNavigation(
                () -> page.locator("button[name=go][value=next]").click());
    }
}
