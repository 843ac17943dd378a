package org.mpscommons.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.Content;
import gg.jte.output.StringOutput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java BudouX gives the same phrases as the npm package {@code budoux} 0.9.2 itself. The expected splits below
 * were printed by {@code loadDefaultJapaneseParser().parse(text).join("/")} under Node.js, for headings and texts of
 * the site's messages_ja.properties, article titles and forum category names (and one with an emoji, whose two UTF-16
 * units BudouX reads separately, as Java does).
 */
class PhraseBreaksTest {

    /** One text a line, its phrases separated by "/" as the reference split them. */
    private static final String REFERENCE = """
            その/痛み、/筋肉から/来ているのかもしれません
            筋筋膜性疼痛症候群とは
            この/サイトを/つくった/理由
            ここで/できる/こと
            早めに/受診してほしい/とき
            はじめに/お読みください
            医療情報の/扱い/方
            広告なし、/追跡なし
            医師の/代わりには/なりません
            ほかの/会社を/通しません
            メールに/健康の/詳しい/情報は/書かないでください
            医療相談には/お答えできません
            ページが/見つかりません
            サーバー側で/問題が/起きました
            次の/点を/修正してください
            ログイン
            2段階認証
            リカバリーコードを/保管してください
            新しい/メールアドレスの/確認
            誰でも/読める/場所に/公開されます
            新しい/トピックを/立てる
            MPSに/ついての/記事
            日本語版は/まだ/ありません
            記事の/書き方と/確認の/仕組み
            医師の/先生方へ/：筋筋膜性疼痛症候群/（MPS）の/要点
            トリガーポイント注射・硬膜外ブロック・神経根ブロックは/どう/違う？
            腰椎椎間板ヘルニアと/椎間板症 ― 画像で/わかる/こと、/わからない/こと
            半月板損傷と/ひざの/痛み
            変形性膝関節症・変形性股関節症 ― レントゲンと/痛みが/一致しない/とき
            坐骨神経痛 ― /「病名」ではなく/「症状の/名前」です
            腰部脊柱管狭窄症 ― 画像の/「狭さ」と、/歩くと/出る/痛みは/別の/話
            腰椎分離症・腰椎すべり症 ― /「骨の/ずれ」は/どこまで/痛みを/説明する/か
            変形性脊椎症 ― 骨のと/げ（骨棘）と/背骨の/「老化」を/どう/考えるか
            主治医に/筋筋膜性疼痛症候群/（MPS）を/相談するには
            腱鞘炎/（ドケルバン病・ばね指）
            筋肉の/痛みの/治療と/セルフケア ― どれが、/どの/くらい/確かなのか
            筋肉の/痛みが/見逃されやすいのは/なぜ？
            私の/痛みと/診断
            医師に/聞いてみる
            海外から/（英語）
            痛みから/解放された/方、/回復の/途中の/方へ。/あなたの/体験が/次の/人を/助け、/医療の/現場にも/届きます。
            座っていると/腰が/痛む。/椎間板ヘルニアと/言われた
            MPS Commons 掲示板：新着トピック
            肩こりが/つらい/😣 誰か/助けて
            """;

    private final PhraseBreaks japanese = PhraseBreaks.japanese();

    @Test
    void splitsEveryTextAsBudouxDoes() {
        List<String> lines = REFERENCE.lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
        for (String line : lines) {
            List<String> expected = Arrays.asList(line.split("/"));
            assertThat(japanese.phrases(String.join("", expected))).as(line).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void keepsShortWordsWhole() {
        assertThat(japanese.phrases("ログイン")).containsExactly("ログイン");
        assertThat(japanese.phrases("")).isEmpty();
        assertThat(japanese.phrases("ん")).containsExactly("ん");
    }

    @Test
    void marksPhrasesWithWbrAndEscapesEachOfThem() {
        assertThat(render(japanese.html("<b>医師に</b>聞く")))
                .isEqualTo("<span class=\"phrases\">&lt;b&gt;医師に<wbr>&lt;/b&gt;聞く</span>");
    }

    @Test
    void givesALongPhraseASecondPlaceToBreakThatLeavesNoCharacterAlone() {
        assertThat(japanese.phrases("その痛み、筋肉から来ているのかもしれません")).endsWith("来ているのかもしれません");
        assertThat(render(japanese.html("その痛み、筋肉から来ているのかもしれません")))
                .isEqualTo("<span class=\"phrases\">その<wbr>痛み、<wbr>筋肉から<wbr>"
                        + "<span class=\"long-phrase\">来ているのかも<wbr>しれません</span></span>");
        // A long phrase of kanji, where the model knows nothing, still keeps two on either side.
        assertThat(render(japanese.html("筋筋膜性疼痛症候群とは")))
                .doesNotContain("<wbr>と")
                .doesNotContain("筋<wbr>");
    }

    @Test
    void splitsOnlyJapaneseTextOnJapanesePages() {
        assertThat(render(page(Language.JA).phrases("医師に聞いてみる")))
                .isEqualTo("<span class=\"phrases\">医師に<wbr>聞いてみる</span>");
        assertThat(render(page(Language.EN).phrases("医師に聞いてみる & more"))).isEqualTo("医師に聞いてみる &amp; more");
        assertThat(render(page(Language.JA).phrases("Asking <my> doctor"))).isEqualTo("Asking &lt;my&gt; doctor");
        assertThat(render(page(Language.JA).phrases(null))).isEmpty();
    }

    private static String render(Content content) {
        StringOutput output = new StringOutput();
        content.writeTo(output);
        return output.toString();
    }

    private static Page page(Language language) {
        return new Page(language, "/", null, List.of(), null, null, null, null, null, null, true, 0, null, "");
    }
}
