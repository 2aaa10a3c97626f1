package jixiao.importing;

import jixiao.common.Numbers;
import jixiao.evaluation.LevelShares;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Points a table writes with a 一级指标 ({@code 产出指标(50分)}). The model keeps weights per indicator
 * only, so the level's points reach its indicators: those without a 分值 of their own share what the
 * weighted ones leave, by the self-evaluation's own rule ({@link LevelShares}); where every indicator
 * has its 分值, the level's points only check them. Either way the import says what it did.
 */
final class PublishedLevelPoints {

    private PublishedLevelPoints() {
    }

    static void apply(TableDraft draft) {
        for (Map.Entry<String, TableDraft.LevelPoints> e : draft.levelPoints.entrySet()) {
            String level = e.getKey();
            BigDecimal points = e.getValue().points();
            int line = e.getValue().line();
            List<Integer> unweighted = new ArrayList<>();
            BigDecimal weighted = BigDecimal.ZERO;
            for (int i = 0; i < draft.indicators.size(); i++) {
                ParsedIndicator indicator = draft.indicators.get(i);
                if (!level.equals(indicator.level1())) {
                    continue;
                }
                if (indicator.weight() == null) {
                    unweighted.add(i);
                } else {
                    weighted = weighted.add(new BigDecimal(indicator.weight()));
                }
            }
            if (unweighted.isEmpty()) {
                if (weighted.compareTo(points) != 0) {
                    draft.warn(line, "textimport.warn.levelPointsDiffer", level, Numbers.plain(points), Numbers.plain(weighted));
                }
                continue;
            }
            if (weighted.compareTo(points) > 0) {
                draft.warn(line, "textimport.warn.levelPointsDiffer", level, Numbers.plain(points), Numbers.plain(weighted));
            }
            List<BigDecimal> shares = LevelShares.ofRemainder(points, weighted, unweighted.size());
            for (int k = 0; k < unweighted.size(); k++) {
                int i = unweighted.get(k);
                draft.indicators.set(i, draft.indicators.get(i).withWeight(Numbers.plain(shares.get(k))));
            }
            draft.warn(line, "textimport.warn.levelPointsShared", level, Numbers.plain(points), unweighted.size(),
                    shares.stream().map(Numbers::plain).collect(Collectors.joining("、")));
        }
    }
}
