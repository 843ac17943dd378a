package org.mpscommons.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV as spreadsheets save it. */
class CsvRowsTest {

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        String csv = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\r\n";
        assertThat(CsvRows.parse(csv)).containsExactly(
                List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"), List.of("plain", "", "end"));
    }

    @Test
    void aByteOrderMarkAndAMissingLastLineBreakAreFine() {
        assertThat(CsvRows.parse("\uFEFFa,b\nc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThatThrownBy(() -> CsvRows.parse("a,\"b\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
