package org.mpscommons.web;

import java.util.List;

/**
 * A published source behind a medical statement on the site's own pages. Entries come from the project's verified
 * bibliography (shared/data/references); each identifier there was checked against a primary record.
 */
public record Source(String id, String citation, String url, String urlLabel) {

    public static final Source STATPEARLS_MPS = new Source(
            "statpearls-mps",
            "Bordoni B, Sugumar K, Varacallo M. Myofascial Pain. In: StatPearls. Treasure Island (FL): StatPearls"
                    + " Publishing; updated 4 Aug 2023.",
            "https://www.ncbi.nlm.nih.gov/books/NBK535344/",
            "NCBI Bookshelf NBK535344");

    public static final Source DELPHI_2018 = new Source(
            "delphi-2018",
            "Fernández-de-las-Peñas C, Dommerholt J. International Consensus on Diagnostic Criteria and Clinical"
                    + " Considerations of Myofascial Trigger Points: A Delphi Study. Pain Med. 2018;19(1):142-150.",
            "https://doi.org/10.1093/pm/pnx207",
            "doi:10.1093/pm/pnx207");

    public static final Source SHAH_2015 = new Source(
            "shah-2015",
            "Shah JP, Thaker N, Heimur J, Aredo JV, Sikdar S, Gerber L. Myofascial Trigger Points Then and Now:"
                    + " A Historical and Scientific Perspective. PM R. 2015 Jul;7:746-761.",
            "https://pubmed.ncbi.nlm.nih.gov/25724849/",
            "PMID 25724849");

    public static final Source BODEN_1990 = new Source(
            "boden-1990",
            "Boden S, et al. Abnormal magnetic-resonance scans of the lumbar spine in asymptomatic subjects. A prospective investigation. J Bone Joint Surg Am."
                    + " 1990;72(3):403-408.",
            "https://pubmed.ncbi.nlm.nih.gov/2312537/",
            "PMID 2312537");

    public static final Source NICE_NG59 = new Source(
            "nice-ng59",
            "National Institute for Health and Care Excellence. Low back pain and sciatica in over 16s:"
                    + " assessment and management. NICE guideline NG59; 2016, updated 2020.",
            "https://www.nice.org.uk/guidance/ng59",
            "nice.org.uk/guidance/ng59");

    /**
     * The study behind the referred-pain illustration on "What is MPS": the trigger-point data's row for the upper
     * trapezius and the temple (shared data/trigger-points, referrals.csv) cites it among others, and it is the one
     * that describes what the figure draws. Its PMID and DOI were checked against a PubMed record and its volume and
     * pages against the article's first page.
     */
    public static final Source TRAPEZIUS_REFERRAL_2007 = new Source(
            "trapezius-referral-2007",
            "Fernández-de-las-Peñas C, Ge HY, Arendt-Nielsen L, Cuadrado ML, Pareja JA. Referred pain from trapezius"
                    + " muscle trigger points shares similar characteristics with chronic tension type headache."
                    + " Eur J Pain. 2007;11(4):475-482.",
            "https://pubmed.ncbi.nlm.nih.gov/16919982/",
            "PMID 16919982");

    /** In the order the home page cites them: only its warning about care that cannot wait. */
    public static final List<Source> HOME = List.of(NICE_NG59);

    /** In the order "What is MPS" cites them. */
    public static final List<Source> WHAT_IS_MPS =
            List.of(STATPEARLS_MPS, DELPHI_2018, TRAPEZIUS_REFERRAL_2007, SHAH_2015, BODEN_1990, NICE_NG59);

    /** This source's number in a page's list of sources, as its citations show it ({@code [3]}). */
    public int numberIn(List<Source> sources) {
        int index = sources.indexOf(this);
        if (index < 0) {
            throw new IllegalArgumentException("A page cites " + id + " but does not list it");
        }
        return index + 1;
    }
}
