package org.mpscommons.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets save it. */
class CsvTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        String csv = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\r\n";
        assertThat(Csv.rows(csv))
                .containsExactly(
                        List.of("a", "b", "c"),
                        List.of("x, y", "say \"hi\"", "two\nlines"),
                        List.of("plain", "", "end"));
    }

    @Test
    void aByteOrderMarkAndAMissingLastLineBreakAreFine() {
        assertThat(Csv.rows("\uFEFFa,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> Csv.rows("a,\"b\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
