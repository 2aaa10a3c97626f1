package jixiao.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.common.Problem;
import jixiao.indicatorvalue.TargetValue;

import java.util.List;

/**
 * What an import understood (dry run) or stored: per table its amounts, plan, indicator tree with
 * each target's parse, and every warning; {@code errors} stop the whole import.
 */
@Serdeable
public record ImportResult(
        List<Table> projects,
        List<Table> departmentTargets,
        List<String> warnings,
        List<Problem> errors,
        boolean stored) {

    /** Whether some table prints another year than the chosen one, so that storing needs a confirmation. */
    public boolean yearConfirmationNeeded() {
        return allTables().stream().anyMatch(Table::yearDiffers);
    }

    /** Whether the only reason nothing was stored is a year that was not confirmed. */
    public boolean refusedOnlyForYear() {
        return !errors.isEmpty() && errors.stream().allMatch(p -> "confirmYear".equals(p.field()));
    }

    public int tableCount() {
        return projects.size() + departmentTargets.size();
    }

    /** Department-level targets first, then projects, as the page lists them. */
    public List<Table> allTables() {
        return java.util.stream.Stream.concat(departmentTargets.stream(), projects.stream()).toList();
    }

    /**
     * One table.
     *
     * @param id      the project it was stored as; null until stored
     * @param created whether storing it created the project; null until stored
     * @param status  once stored: CREATED, UPDATED, or UNCHANGED (the project already held exactly this table
     *                and was not written)
     * @param year        the fiscal year it is imported into
     * @param printedYear the year its heading prints (2024 年部门项目支出预算绩效目标表), null when none does; when it
     *                    differs from {@code year} the table is stored only once the person confirms
     *                    ({@code confirmYear=true})
     * @param guesses     the fields whose values are guesses: stored with the project as 待核对 (each also among the
     *                    warnings)
     * @param sourceLines the document lines the table was read from, each with its place, shown beside what was
     *                    read; empty for a workbook
     * @param sourceLinesLeftOut lines of a long table not carried in {@code sourceLines}
     * @param budgetSummary a department form's budget summary (基本支出, 项目支出, …) as read; null otherwise
     */
    @Serdeable
    public record Table(
            int ordinal,
            String where,
            @Nullable String unitCode,
            @Nullable String unitName,
            @Nullable String code,
            @Nullable String name,
            String moneyUnit,
            @Nullable String budget,
            @Nullable String fiscalFunds,
            @Nullable String otherFunds,
            @Nullable String budgetYuan,
            List<PlanPoint> spendPlan,
            List<Indicator> indicators,
            List<KeyTask> keyTasks,
            List<String> warnings,
            List<String> errors,
            @Nullable Long id,
            @Nullable Boolean created,
            @Nullable String status,
            @Nullable Integer year,
            @Nullable Integer printedYear,
            List<Guess> guesses,
            List<SourceText> sourceLines,
            int sourceLinesLeftOut,
            @Nullable jixiao.project.BudgetSummary budgetSummary) {

        /** Whether the table prints a year other than the one it is imported into. */
        public boolean yearDiffers() {
            return printedYear != null && year != null && !printedYear.equals(year);
        }

        public int reviewCount() {
            return (int) indicators.stream().filter(i -> i.target().needsReview()).count();
        }
    }

    /** A line of the source document: where it is ("第3页第12行", "第12行") and its text, cells separated by tabs. */
    @Serdeable
    public record SourceText(String place, String text) {

        /** The text with its cells set apart for reading on the page. */
        public String cells() {
            return text.replace("\t", " │ ");
        }
    }

    /**
     * A field whose value is a guess, stored as 待核对.
     *
     * @param field the field ({@code jixiao.project.GuessedField} name)
     * @param label the field as people call it
     * @param note  where and how it was read
     */
    @Serdeable
    public record Guess(String field, String label, String note) {
    }

    @Serdeable
    public record PlanPoint(int month, java.math.BigDecimal percent) {
    }

    @Serdeable
    public record Indicator(String level1, String level2, String name, @Nullable String description, TargetValue target,
                            @Nullable String periodTarget, @Nullable String basis, @Nullable String weight) {
    }

    @Serdeable
    public record KeyTask(String name, @Nullable String content, @Nullable String funds, @Nullable String expectedGoal) {
    }
}
