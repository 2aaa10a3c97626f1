package jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a total given in cents into cent amounts that add up to it exactly (尾差调整, largest remainder):
 * every part is cut down to the cent, and the cents still missing go one each to the parts that lost the
 * most, earlier parts first on ties. Used to split points (50 ÷ 3 → 16.67, 16.67, 16.66) and to show
 * rounded scores that add up to their rounded total. When the total is the half-up rounding of the parts'
 * sum, the result equals each part rounded half up wherever that already adds up.
 */
final class CentApportionment {

    private CentApportionment() {
    }

    /**
     * @param total a non-negative amount with at most two decimals
     * @param parts non-negative amounts summing (up to far below a cent) to {@code total}
     */
    static List<BigDecimal> apportion(BigDecimal total, List<BigDecimal> parts) {
        List<BigDecimal> cents = new ArrayList<>(parts.size());
        BigDecimal floorSum = BigDecimal.ZERO;
        for (BigDecimal part : parts) {
            BigDecimal floor = part.setScale(2, RoundingMode.FLOOR);
            cents.add(floor);
            floorSum = floorSum.add(floor);
        }
        int missingCents = total.subtract(floorSum).movePointRight(2).intValueExact();
        if (missingCents < 0 || missingCents > parts.size()) {
            throw new IllegalArgumentException("parts " + parts + " do not add up to " + total);
        }
        List<Integer> byLoss = IntStream.range(0, parts.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> parts.get(i).subtract(cents.get(i))).reversed()
                        .thenComparing(i -> i))
                .toList();
        BigDecimal cent = new BigDecimal("0.01");
        for (int i : byLoss.subList(0, missingCents)) {
            cents.set(i, cents.get(i).add(cent));
        }
        return cents;
    }
}
