package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataCheckTest {

    @Test
    void findsEmailAddresses() {
        assertThat(PersonalDataCheck.findings("Write to taro.yamada+mps@example.co.jp any time"))
                .containsExactly("email");
        assertThat(PersonalDataCheck.findings("連絡はtaro@example.jpまでお願いします")).containsExactly("email");
        assertThat(PersonalDataCheck.findings("メール：ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")).containsExactly("email");
    }

    @Test
    void findsJapanesePhoneNumbers() {
        assertThat(PersonalDataCheck.findings("Call me on 090-1234-5678.")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("携帯は09012345678です")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("携帯は080 1234 5678です")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("電話番号は０９０－１２３４－５６７８です")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("電話番号は０９０ー１２３４ー５６７８です")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("自宅：03-1234-5678")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("自宅：０３（なし）0312345678")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("病院 045-123-4567 に電話")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("窓口 0120-123-456 まで")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("IP phone 050−1234−5678")).containsExactly("phone");
    }

    @Test
    void findsInternationalPhoneNumbers() {
        assertThat(PersonalDataCheck.findings("From abroad: +81 90-1234-5678")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("US office +1 (202) 555-0123")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("+442071234567")).containsExactly("phone");
        assertThat(PersonalDataCheck.findings("国際電話 ＋８１ ３ １２３４ ５６７８")).containsExactly("phone");
    }

    @Test
    void reportsEachKindOnceEmailFirst() {
        assertThat(PersonalDataCheck.findings("090-1234-5678 or a@example.com or 03-1234-5678 or b@example.org"))
                .containsExactly("email", "phone");
    }

    @Test
    void datesAndShortNumbersAreNotPhoneNumbers() {
        assertThat(PersonalDataCheck.findings("Pain started on 2024-05-01 and eased by 2024/06/15."))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("2024年05月01日に受診、05-01-2024にも")).isEmpty();
        assertThat(PersonalDataCheck.findings("痛みは10段階で7、注射は12345678円ではありません")).isEmpty();
        assertThat(PersonalDataCheck.findings("I walked 12,345 steps, 123456789 in total"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("〒150-0002 渋谷区")).isEmpty();
        assertThat(PersonalDataCheck.findings("Open 09:00-17:30, score +3")).isEmpty();
        assertThat(PersonalDataCheck.findings("+1 234")).isEmpty();
    }

    @Test
    void articleIdentifiersAreNotPhoneNumbers() {
        assertThat(PersonalDataCheck.findings("doi:10.1016/j.pain.2011.07.012")).isEmpty();
        assertThat(PersonalDataCheck.findings("https://doi.org/10.1016/S0304-3959(03)00123-4"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("https://doi.org/10.1097/AJP.0000000000000123"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("doi:10.1002/0470841559.ch1")).isEmpty();
        assertThat(PersonalDataCheck.findings("PMID: 31234567, PMCID: PMC6123456"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("文献：PMID 12345678（2003年）")).isEmpty();
        assertThat(PersonalDataCheck.findings("ISBN 978-4-260-01234-5, ISBN 0-306-40615-2"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("https://example.org/posts/0312345678"))
                .isEmpty();
    }

    @Test
    void thingsThatMerelyLookLikeAddressesAreNotEmails() {
        assertThat(PersonalDataCheck.findings("Thanks @taro, see you at 3")).isEmpty();
        assertThat(PersonalDataCheck.findings("a@b is not an address, nor is x@localhost"))
                .isEmpty();
        assertThat(PersonalDataCheck.findings("")).isEmpty();
        assertThat(PersonalDataCheck.findings(null)).isEmpty();
    }

    @Test
    void longAdversarialTextIsCheckedWithoutRunningOutOfStack() {
        assertThat(PersonalDataCheck.findings("a@" + "b.".repeat(50_000) + "1")).isEmpty();
        assertThat(PersonalDataCheck.findings("a@" + "b.".repeat(50_000) + "jp"))
                .containsExactly("email");
        assertThat(PersonalDataCheck.findings("0-".repeat(50_000) + " +1 ".repeat(20_000)))
                .isEmpty();
    }
}
