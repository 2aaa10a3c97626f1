package jixiao.project;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The published tables merge the 一级 and 二级指标 cells over consecutive rows that share them.
 * Gives each row the rowspan of its two first cells; 0 means the cell is covered by the one above.
 */
public final class MergedRows {

    public record Row<T>(T item, int level1Span, int level2Span) {
    }

    private MergedRows() {
    }

    public static <T> List<Row<T>> of(List<T> items, Function<T, String> level1, Function<T, String> level2) {
        int n = items.size();
        int[] span1 = new int[n];
        int[] span2 = new int[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && level1.apply(items.get(j)).equals(level1.apply(items.get(i)))) {
                j++;
            }
            span1[i] = j - i;
            for (int k = i; k < j; ) {
                int m = k;
                while (m < j && level2.apply(items.get(m)).equals(level2.apply(items.get(k)))) {
                    m++;
                }
                span2[k] = m - k;
                k = m;
            }
            i = j;
        }
        List<Row<T>> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new Row<>(items.get(i), span1[i], span2[i]));
        }
        return rows;
    }
}
