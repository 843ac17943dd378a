package org.mpscommons.articles;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two versions of a text share, and those only one of them has: the longest common subsequence of lines,
 * which is what "diff" shows. Articles have some hundred lines, so the quadratic table is small.
 */
public final class LineDiff {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(Kind kind, String text) {}

    private LineDiff() {}

    static List<Line> between(String before, String after) {
        String[] a = before.split("\\R", -1);
        String[] b = after.split("\\R", -1);
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                lines.add(new Line(Kind.SAME, a[i]));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Kind.REMOVED, a[i++]));
            } else {
                lines.add(new Line(Kind.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            lines.add(new Line(Kind.REMOVED, a[i++]));
        }
        while (j < b.length) {
            lines.add(new Line(Kind.ADDED, b[j++]));
        }
        return lines;
    }
}
