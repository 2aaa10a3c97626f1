package jixiao.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the seed tables from the classpath and states expectations about parsed tables compactly. */
final class Seeds {

    private Seeds() {
    }

    static String text(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from classpath: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedUpload parse(String file) {
        return TargetTableTextParser.parse(text(file));
    }

    static List<ParsedTable> projects(ParsedUpload upload) {
        return upload.tables().stream().filter(t -> t.kind() == TableKind.PROJECT).toList();
    }

    static List<ParsedTable> departments(ParsedUpload upload) {
        return upload.tables().stream().filter(t -> t.kind() == TableKind.DEPARTMENT).toList();
    }

    /** "3:25 6:50 10:75 12:100", empty when there is no plan. */
    static String plan(ParsedTable t) {
        return t.spendPlan().stream().map(p -> p.month() + ":" + p.percent().toPlainString())
                .collect(Collectors.joining(" "));
    }

    /** "一级|二级|三级|描述|指标值|依据" with empty text for null. */
    static String row(ParsedIndicator i) {
        return String.join("|", nz(i.level1()), nz(i.level2()), nz(i.name()), nz(i.description()), nz(i.target()),
                nz(i.basis()));
    }

    static List<String> rows(ParsedTable t) {
        List<String> out = new ArrayList<>();
        t.indicators().forEach(i -> out.add(row(i)));
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    /**
     * The identity and money of a project table. Amounts compare with their scale, as published.
     */
    static void assertProject(ParsedTable t, String unitCode, String unitName, String code, String name,
            String moneyUnit, String budget, String fiscal, String other, String plan, int indicators) {
        String what = "table " + t.ordinal() + " " + t.name();
        assertEquals(TableKind.PROJECT, t.kind(), what);
        assertEquals(unitCode, t.unitCode(), what);
        assertEquals(unitName, t.unitName(), what);
        assertEquals(code, t.code(), what);
        assertEquals(name, t.name(), what);
        assertEquals(moneyUnit, t.moneyUnit(), what);
        assertEquals(dec(budget), t.budget(), what);
        assertEquals(dec(fiscal), t.fiscalFunds(), what);
        assertEquals(dec(other), t.otherFunds(), what);
        assertEquals(plan, plan(t), what);
        assertEquals(indicators, t.indicators().size(), what);
    }

    /** A warning at {@code line} whose message holds every fragment. */
    static void assertWarning(ParsedTable t, int line, String... fragments) {
        assertTrue(t.issues().stream().anyMatch(i -> i.severity() == Severity.WARNING
                        && i.where().endsWith("第" + line + "行")
                        && List.of(fragments).stream().allMatch(i.message()::contains)),
                () -> "no warning at line " + line + " with " + List.of(fragments) + " in " + t.issues());
    }

    static long warnings(ParsedTable t) {
        return t.issues().stream().filter(i -> i.severity() == Severity.WARNING).count();
    }

    static long errors(ParsedUpload u) {
        return u.issues().stream().filter(i -> i.severity() == Severity.ERROR).count();
    }
}
