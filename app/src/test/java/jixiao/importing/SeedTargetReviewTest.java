package jixiao.importing;

import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.indicatorvalue.TargetValue;
import jixiao.project.IndicatorLevels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which 指标值 of the five seeds the reader sends for review, read as the import reads them (each
 * table's indicators, parsed in their cost context). A review flag is a line on the consistency page,
 * so the typed tables must raise none beyond the one doubtful unit, and the scan exactly its garbles.
 */
class SeedTargetReviewTest {

    private static List<TargetValue> targets(String file) {
        List<TargetValue> out = new ArrayList<>();
        for (ParsedTable t : Seeds.parse(file).tables()) {
            for (ParsedIndicator i : t.indicators()) {
                if (i.target() != null && !i.target().isBlank()) {
                    out.add(IndicatorValueParser.parse(i.target(), IndicatorLevels.isCost(i.level1(), i.level2())));
                }
            }
        }
        return out;
    }

    /** Flagged texts, each once, with how often it occurs. */
    private static Map<String, Integer> flagged(List<TargetValue> targets) {
        Map<String, Integer> out = new LinkedHashMap<>();
        targets.stream().filter(TargetValue::needsReview).forEach(v -> out.merge(v.text(), 1, Integer::sum));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt", "binhai-2024.txt"})
    void noQualitativeTargetOfATypedSeedIsFlagged(String file) {
        List<TargetValue> qualitative = targets(file).stream().filter(v -> !v.isQuantitative()).toList();
        assertTrue(qualitative.size() >= 1, file + " has qualitative targets: " + qualitative.size());
        assertEquals(Map.of(), flagged(qualitative), file);
    }

    @Test
    void typedSeedsFlagNothing() {
        assertEquals(Map.of(), flagged(targets("leting-2024.txt")));
        assertEquals(Map.of(), flagged(targets("huadu-department.txt")));
        assertEquals(Map.of(), flagged(targets("pengyang-2024.txt")));
        // its 成本指标 in 人/次 is read as written; the doubt about the table is an import warning
        assertEquals(Map.of(), flagged(targets("binhai-2024.txt")));
    }

    @Test
    void scannedSeedFlagsExactlyItsGarbledQualitativeTargets() {
        List<TargetValue> qualitative = targets("xinglong-2025.txt").stream().filter(v -> !v.isQuantitative()).toList();
        assertEquals(Map.of("按用拨付", 1, "文字描述", 1, "土曾力口", 1), flagged(qualitative));
        qualitative.stream().filter(v -> v.text().equals("按用拨付")).forEach(v ->
                assertEquals("疑似OCR识别错误：“按用拨付”可能是“按月拨付”，请核对原件", v.note()));
        qualitative.stream().filter(v -> v.text().equals("土曾力口")).forEach(v ->
                assertEquals("疑似OCR识别错误：“土曾力口”可能是“增加”，请核对原件", v.note()));
    }
}
