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

    /** In the order the home page cites them. */
    public static final List<Source> HOME = List.of(STATPEARLS_MPS, DELPHI_2018, SHAH_2015, BODEN_1990, NICE_NG59);
}
