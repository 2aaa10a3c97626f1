package jixiao.importing;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.importing.document.DocumentText;
import jixiao.indicatorvalue.IndicatorValueParser;
import jixiao.project.IndicatorLevels;
import jixiao.project.MoneyUnit;
import jixiao.project.ProjectInput;
import jixiao.project.ProjectService;
import jixiao.project.TargetQualityChecks;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Imports published target tables (pasted text or a workbook) into the registry: a preview of what
 * was understood, then, when the person confirms, every table stored in one transaction or none.
 * Re-importing a table updates its project (same unit, year and code, or name where there is no code).
 */
@Singleton
public class TargetTableImport {

    private final ProjectService projects;
    private final UnitService units;

    TargetTableImport(ProjectService projects, UnitService units) {
        this.projects = projects;
        this.units = units;
    }

    /** Reads pasted text; stores it unless {@code dryRun} or anything is in error. */
    public ImportResult importText(Caller caller, String text, int year, String defaultUnitCode, boolean dryRun) {
        return importText(caller, text, year, ImportOptions.of(defaultUnitCode, dryRun));
    }

    /** Reads pasted text into {@code year}; stores it unless a dry run or anything is in error. */
    public ImportResult importText(Caller caller, String text, int year, ImportOptions options) {
        return importDocument(caller, DocumentText.pasted(text), year, options);
    }

    /**
     * Reads the lines a file kind gave (a Word, PDF or spreadsheet file, or pasted text) into {@code year}; stores
     * them unless a dry run or anything is in error. Messages point to the document's own places ("第3页第12行").
     */
    public ImportResult importDocument(Caller caller, DocumentText document, int year, ImportOptions options) {
        return importParsed(caller, TargetTableTextParser.parse(document), document, year, options);
    }

    private ImportResult importParsed(Caller caller, ParsedUpload upload, DocumentText document, int year, ImportOptions options) {
        List<ImportCandidate> candidates = new ArrayList<>();
        Map<Integer, Integer> printedYears = new HashMap<>();
        var headings = PrintedYears.headings(document.text() == null ? "" : document.text());
        for (ParsedTable table : upload.tables()) {
            candidates.add(TableConversion.convert(table, year, options.chosenUnit(), name -> units.findByName(caller, name).map(UnitView::code)));
            Integer printed = PrintedYears.over(table, headings);
            if (printed != null) {
                printedYears.put(table.ordinal(), printed);
            }
        }
        List<String> uploadErrors = new ArrayList<>();
        upload.issues().stream()
                .filter(i -> i.severity() == Severity.ERROR && upload.tables().stream().noneMatch(t -> t.issues().contains(i)))
                .forEach(i -> uploadErrors.add(i.where() + "：" + i.message()));
        return run(caller, candidates, printedYears, uploadErrors, options);
    }

    /** Stores projects read from a workbook unless {@code dryRun} or anything is in error. */
    public ImportResult importWorkbook(Caller caller, WorkbookRead read, boolean dryRun) {
        return importWorkbook(caller, read, ImportOptions.of(null, dryRun));
    }

    /** Stores projects read from a workbook unless a dry run or anything is in error. */
    public ImportResult importWorkbook(Caller caller, WorkbookRead read, ImportOptions options) {
        if (read.projects().isEmpty() && read.sheetsAsText() != null) {
            ParsedUpload upload = TargetTableTextParser.parse(read.sheetsAsText());
            if (!upload.tables().isEmpty()) {
                if (read.year() == null) {
                    return run(caller, List.of(), Map.of(), new ArrayList<>(List.of(Messages.text("import.yearRequired"))),
                            options);
                }
                return importParsed(caller, upload, read.sheetsAsText(), read.year(), options);
            }
        }
        List<ImportCandidate> candidates = new ArrayList<>();
        Map<Integer, Integer> printedYears = new HashMap<>();
        int ordinal = 1;
        for (WorkbookProject p : read.projects()) {
            if (p.printedYear() != null) {
                printedYears.put(ordinal, p.printedYear());
            }
            List<String> warnings = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (ImportIssue issue : p.issues()) {
                (issue.severity() == Severity.ERROR ? errors : warnings).add(issue.where() + "：" + issue.message());
            }
            candidates.add(new ImportCandidate(ordinal++, p.where(), "DEPARTMENT".equals(p.input().kind()), p.input(), warnings, errors,
                    null, List.of(), 0));
        }
        List<String> uploadErrors = new ArrayList<>(read.issues().stream().filter(i -> i.severity() == Severity.ERROR)
                .map(i -> i.where() + "：" + i.message()).toList());
        return run(caller, candidates, printedYears, uploadErrors, options);
    }

    /**
     * @param printedYears the year printed over a table (by ordinal), where one is
     */
    private ImportResult run(Caller caller, List<ImportCandidate> candidates, Map<Integer, Integer> printedYears,
                             List<String> uploadErrors, ImportOptions options) {
        if (options.intoUnit() && options.chosenUnit() == null) {
            uploadErrors.add(Messages.text("import.intoUnitWithoutUnit"));
        }
        List<ImportCandidate> checked = check(caller, candidates, printedYears, options);
        List<Problem> refusals = new ArrayList<>();
        if (!options.dryRun() && !options.confirmYear()) {
            for (ImportCandidate c : checked) {
                Integer printed = printedYears.get(c.ordinal());
                if (yearDiffers(printed, c.input().year())) {
                    refusals.add(new Problem("confirmYear", Messages.text("import.yearNotConfirmed", c.where(), printed,
                            c.input().year())));
                }
            }
        }
        boolean failed = !uploadErrors.isEmpty() || !refusals.isEmpty() || checked.stream().anyMatch(c -> !c.errors().isEmpty());
        if (options.dryRun() || failed) {
            return result(checked, printedYears, uploadErrors, refusals, List.of(), false);
        }
        return store(caller, checked, printedYears);
    }

    private static boolean yearDiffers(Integer printed, Integer year) {
        return printed != null && year != null && !printed.equals(year);
    }

    /**
     * Validates each table as the registry would, and finds the same project twice in one upload. A table
     * goes to the unit the person chose instead of the one it prints when told so.
     */
    private List<ImportCandidate> check(Caller caller, List<ImportCandidate> candidates, Map<Integer, Integer> printedYears,
                                        ImportOptions options) {
        List<ImportCandidate> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // Looked up once per unit, not once per table: an upload holds many tables of a few units.
        Map<String, Optional<UnitView>> registered = new HashMap<>();
        String chosenUnit = options.intoUnit() ? options.chosenUnit() : null;
        for (ImportCandidate c : candidates) {
            List<String> errors = new ArrayList<>(c.errors());
            List<String> warnings = new ArrayList<>(c.warnings());
            if (chosenUnit != null && !chosenUnit.equals(c.input().unitCode())) {
                if (c.input().unitCode() != null) {
                    warnings.add(Messages.text("import.intoChosenUnit", c.input().unitCode(), chosenUnit));
                }
                c = c.with(c.input().withUnitCode(chosenUnit), c.warnings(), c.errors());
            }
            Integer printed = printedYears.get(c.ordinal());
            if (yearDiffers(printed, c.input().year())) {
                warnings.add(Messages.text("import.yearDiffers", printed, c.input().year()));
            }
            if (errors.isEmpty()) {
                for (Problem p : projects.problemsOf(c.input())) {
                    errors.add(c.where() + "：" + p.message());
                }
            }
            ProjectInput in = c.input();
            String identity = in.unitCode() + "/" + (in.code() != null ? "code:" + in.code() : "name:" + in.name());
            if (in.name() != null && !seen.add(identity)) {
                errors.add(Messages.text("import.duplicateInUpload", c.where()));
            }
            if (in.unitCode() != null && in.unitName() != null) {
                registered.computeIfAbsent(in.unitCode(), code -> units.find(caller, code))
                        .filter(u -> !sameName(u.name(), in.unitName()))
                        .ifPresent(u -> warnings.add(Messages.text("import.unitNameDiffers", in.unitCode(), in.unitName(), u.name())));
            }
            warnings.addAll(quality(in));
            checked.add(c.with(in, warnings, errors));
        }
        return checked;
    }

    private static boolean sameName(String a, String b) {
        return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }

    @Transactional
    ImportResult store(Caller caller, List<ImportCandidate> candidates, Map<Integer, Integer> printedYears) {
        List<ProjectService.Upserted> stored = new ArrayList<>();
        for (ImportCandidate c : candidates) {
            try {
                stored.add(c.guesses() == null ? projects.upsert(caller, c.input()) : projects.upsert(caller, c.input(), c.guesses()));
            } catch (InvalidInputException e) {
                // The whole transaction is rolled back: say which table stopped it.
                throw new InvalidInputException(e.problems().stream()
                        .map(p -> new Problem(c.where(), c.where() + "：" + p.message())).toList());
            }
        }
        return result(candidates, printedYears, List.of(), List.of(), stored, true);
    }

    private static List<String> quality(ProjectInput in) {
        List<TargetQualityChecks.Line> lines = indicators(in).stream()
                .map(i -> new TargetQualityChecks.Line(i.level1(), i.level2(), i.name(), i.target())).toList();
        // Amounts are checked by the registry's own rules (errors); here only the indicator tree.
        return TargetQualityChecks.check(null, null, null, lines);
    }

    /** The indicators as the registry will read them: canonical level names, targets parsed. */
    private static List<ImportResult.Indicator> indicators(ProjectInput in) {
        List<ImportResult.Indicator> indicators = new ArrayList<>();
        if (in.indicators() != null) {
            for (ProjectInput.IndicatorLine i : in.indicators()) {
                String level1 = IndicatorLevels.level1(i.level1()).orElse(i.level1());
                String level2 = IndicatorLevels.level2(i.level2());
                indicators.add(new ImportResult.Indicator(level1, level2, i.name(), i.description(),
                        IndicatorValueParser.parse(i.target(), IndicatorLevels.isCost(level1, level2)), i.periodTarget(), i.basis(),
                        i.weight()));
            }
        }
        return indicators;
    }

    /** @param refusals why the tables were not stored though none is in error (a year not confirmed) */
    private static ImportResult result(List<ImportCandidate> candidates, Map<Integer, Integer> printedYears,
                                       List<String> uploadErrors, List<Problem> refusals,
                                       List<ProjectService.Upserted> stored, boolean done) {
        List<ImportResult.Table> projectTables = new ArrayList<>();
        List<ImportResult.Table> departmentTables = new ArrayList<>();
        List<Problem> errors = new ArrayList<>();
        uploadErrors.forEach(e -> errors.add(new Problem("upload", e)));
        errors.addAll(refusals);
        for (int i = 0; i < candidates.size(); i++) {
            ImportCandidate c = candidates.get(i);
            ProjectService.Upserted saved = i < stored.size() ? stored.get(i) : null;
            ImportResult.Table table = table(c, printedYears.get(c.ordinal()), saved);
            (c.department() ? departmentTables : projectTables).add(table);
            c.errors().forEach(e -> errors.add(new Problem(c.where(), e)));
        }
        List<String> warnings = candidates.stream().flatMap(c -> c.warnings().stream().map(w -> c.where() + "：" + w)).toList();
        return new ImportResult(projectTables, departmentTables, warnings, errors, done);
    }

    private static ImportResult.Table table(ImportCandidate c, Integer printedYear, ProjectService.Upserted saved) {
        ProjectInput in = c.input();
        String budgetYuan = null;
        Optional<MoneyUnit> unit = MoneyUnit.parse(in.moneyUnit());
        if (unit.isPresent() && in.budget() != null) {
            try {
                budgetYuan = unit.get().toYuan(new BigDecimal(in.budget())).toPlainString();
            } catch (ArithmeticException | NumberFormatException e) {
                budgetYuan = null; // reported among the table's errors
            }
        }
        return new ImportResult.Table(c.ordinal(), c.where(), in.unitCode(), in.unitName(), in.code(), in.name(),
                in.moneyUnit(), in.budget(), in.fiscalFunds(), in.otherFunds(), budgetYuan,
                in.spendPlan() == null ? List.of() : in.spendPlan().stream().map(p -> new ImportResult.PlanPoint(p.month(), p.percent())).toList(),
                indicators(in),
                in.keyTasks() == null ? List.of() : in.keyTasks().stream().map(k -> new ImportResult.KeyTask(k.name(), k.content(), k.funds(), k.expectedGoal())).toList(),
                c.warnings(), c.errors(),
                saved == null ? null : saved.project().id(), saved == null ? null : saved.created(),
                saved == null ? null : saved.change().name(), in.year(), printedYear,
                c.guesses() == null ? List.of() : c.guesses().stream()
                        .map(g -> new ImportResult.Guess(g.field().name(), g.field().label(), g.note())).toList(),
                c.sourceLines(), c.sourceLinesLeftOut(), in.budgetSummary());
    }
}
