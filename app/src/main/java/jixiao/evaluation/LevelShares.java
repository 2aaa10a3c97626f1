package jixiao.evaluation;

import jixiao.common.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How the points of a first-level indicator reach its indicators that carry no weight of their own: an
 * equal share of what the weighted ones leave, split to the cent (尾差 to the first rows). The one place
 * of this rule: the self-evaluation applies it with the configured level points, the import with the points
 * a published table writes after the level name ({@code 产出指标(50分)}).
 */
public final class LevelShares {

    private LevelShares() {
    }

    /**
     * @param levelPoints the first-level indicator's points
     * @param weighted    what its indicators with their own weight already take
     * @param count       how many of its indicators have no weight
     * @return {@code count} weights adding up to the points left (none when less than nothing is left)
     */
    public static List<BigDecimal> ofRemainder(BigDecimal levelPoints, BigDecimal weighted, int count) {
        if (count == 0) {
            return List.of();
        }
        // the same three numbers give the same split: remembered, not divided to 34 digits again for every project
        Key key = new Key(levelPoints, weighted, count);
        List<BigDecimal> known = SPLITS.get(key);
        if (known != null) {
            return known;
        }
        List<BigDecimal> split = List.copyOf(split(levelPoints, weighted, count));
        if (SPLITS.size() < MAX_REMEMBERED) {
            SPLITS.put(key, split);
        }
        return split;
    }

    /**
     * Splits already made, by their exact inputs (BigDecimal equality, scale included, so 50 and 50.00 are apart
     * and each gives exactly what it gave before). A year's projects use a handful: the configured level points,
     * what own weights leave, a few counts. Bounded, since weights are whatever the tables say.
     */
    private static final Map<Key, List<BigDecimal>> SPLITS = new ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED = 10_000;

    private record Key(BigDecimal levelPoints, BigDecimal weighted, int count) {
    }

    private static List<BigDecimal> split(BigDecimal levelPoints, BigDecimal weighted, int count) {
        BigDecimal left = Numbers.round2(levelPoints.subtract(weighted).max(BigDecimal.ZERO));
        BigDecimal share = left.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        return CentApportionment.apportion(left, Collections.nCopies(count, share));
    }
}
