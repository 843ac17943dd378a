package org.mpscommons.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * Each document's text goes through its own language's analyzer, into fields named for it: Japanese by Kuromoji in
 * search mode (compounds also split into their parts, base forms, full/half width and katakana long vowels
 * normalized, particles dropped), English with stemming ("injections" finds "injection").
 */
final class SearchAnalyzers {

    static final String TITLE_JA = "title_ja";
    static final String TEXT_JA = "text_ja";
    static final String TITLE_EN = "title_en";
    static final String TEXT_EN = "text_en";

    private SearchAnalyzers() {}

    static Analyzer japanese() {
        return new JapaneseAnalyzer();
    }

    static Analyzer english() {
        return new EnglishAnalyzer();
    }

    /** For the index writer: each language's fields with their analyzer. */
    static Analyzer perField(Analyzer japanese, Analyzer english) {
        return new PerFieldAnalyzerWrapper(
                new StandardAnalyzer(),
                Map.of(TITLE_JA, japanese, TEXT_JA, japanese, TITLE_EN, english, TEXT_EN, english));
    }

    static String titleField(String language) {
        return "ja".equals(language) ? TITLE_JA : TITLE_EN;
    }

    static String textField(String language) {
        return "ja".equals(language) ? TEXT_JA : TEXT_EN;
    }
}
