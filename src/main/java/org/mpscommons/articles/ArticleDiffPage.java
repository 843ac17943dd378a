package org.mpscommons.articles;

import java.util.List;

/**
 * What the comparison of two versions of an article shows: the lines of both, marked as added, removed or unchanged.
 *
 * @param older the earlier of the two versions chosen, in whichever order the reader chose them
 * @param newer the later of the two
 */
public record ArticleDiffPage(Article article, Revision older, Revision newer, List<LineDiff.Line> lines) {}
