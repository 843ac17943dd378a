package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptLanguageTest {

    @Test
    void japaneseTextIsJapanese() {
        assertThat(ScriptLanguage.guess("首と肩の痛みが続いています。")).isEqualTo("ja");
        assertThat(ScriptLanguage.guess("ありがとう")).isEqualTo("ja");
        assertThat(ScriptLanguage.guess("トリガーポイント")).isEqualTo("ja");
        assertThat(ScriptLanguage.guess("筋膜性疼痛症候群")).isEqualTo("ja");
        assertThat(ScriptLanguage.guess("ｶﾀｶﾅ")).isEqualTo("ja");
    }

    @Test
    void japaneseFullOfEnglishTermsIsStillJapanese() {
        assertThat(ScriptLanguage.guess("今日はMyofascial pain syndromeについて医師と話しました。"))
                .isEqualTo("ja");
        assertThat(ScriptLanguage.guess("MPSでTrigger Point Injectionを受けた")).isEqualTo("ja");
    }

    @Test
    void englishQuotingAJapaneseTermIsEnglish() {
        assertThat(ScriptLanguage.guess("My neck hurts after long days at the desk."))
                .isEqualTo("en");
        // 4 of 57 letters.
        assertThat(ScriptLanguage.guess("I saw a doctor about trigger points (トリガー) yesterday and it helped a lot."))
                .isEqualTo("en");
    }

    @Test
    void otherLatinScriptTextIsEnglishForThisSite() {
        assertThat(ScriptLanguage.guess("Schmerzen im Nacken")).isEqualTo("en");
    }

    @Test
    void textWithoutLettersHasNoGuess() {
        assertThat(ScriptLanguage.guess("123 !!! 😀 ＋")).isNull();
        assertThat(ScriptLanguage.guess("   ")).isNull();
        assertThat(ScriptLanguage.guess("")).isNull();
        assertThat(ScriptLanguage.guess(null)).isNull();
    }
}
