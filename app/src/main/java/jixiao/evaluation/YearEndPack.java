package jixiao.evaluation;

import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.evaluation.report.WrittenReportService;
import jixiao.project.ProjectService;
import jixiao.project.ProjectSummary;
import jixiao.unit.UnitService;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The year-end pack (年度绩效自评资料): for a year, one folder per unit holding each project's documents and the
 * unit's summary workbook (one row per project, the total row, the grade distribution); when the caller sees
 * every unit and asked for all of them, the county's summary at the top.
 *
 * <p>The zip is written as it is built: projects are read {@value #PAGE} at a time, and each document is built,
 * written and dropped in turn, so memory holds one page of sheets and the summary rows, whatever the pack's size.
 * Entry names are UTF-8 (the zip's language encoding flag is set) and fit for every file system
 * ({@link ZipNames}).
 */
@Singleton
public class YearEndPack {

    static final int PAGE = 50;

    /**
     * A kind of document each project contributes to the pack; a new kind (the 自评报告 .docx) is one more
     * entry in {@link #documents}.
     *
     * @param titleKey           message key of the file name's last part (自评表)
     * @param departmentTitleKey the same for a department target's document (部门整体支出绩效自评表)
     */
    record ProjectDocument(String titleKey, String departmentTitleKey, String extension, Writer writer) {

        interface Writer {
            void write(Caller caller, SelfEvaluationService.EvaluatedProject project, OutputStream out) throws IOException;
        }
    }

    /** A unit's folder: its projects in the order of the project list. */
    record UnitFolder(String unitCode, String unitName, List<Long> projectIds) {
    }

    /**
     * What a pack holds, decided (and the caller's access checked) before the first byte is written.
     *
     * @param county whether the county summary goes at the top
     */
    public record Plan(Caller caller, int year, List<UnitFolder> units, boolean county) {
    }

    private final SelfEvaluationService evaluations;
    private final ProjectService projects;
    private final UnitService units;
    private final Clock clock;
    private final List<ProjectDocument> documents;

    YearEndPack(SelfEvaluationService evaluations, WrittenReportService writtenReports, ProjectService projects,
                UnitService units, Clock clock) {
        this.evaluations = evaluations;
        this.projects = projects;
        this.units = units;
        this.clock = clock;
        // the 自评表 exactly as GET /api/projects/{id}/self-evaluation.xlsx gives it, and the 自评报告 as …/report.docx
        this.documents = List.of(
                new ProjectDocument("evaluation.pack.sheet", "evaluation.pack.departmentSheet", "xlsx",
                        (caller, p, out) -> out.write(SelfEvaluationWorkbooks.sheet(SelfEvaluationReport.of(p.sheet())))),
                new ProjectDocument("evaluation.pack.report", "evaluation.pack.departmentReport", "docx",
                        (caller, p, out) -> out.write(writtenReports.document(caller, p.project().id()).content())));
    }

    /**
     * The pack of one unit the caller may see (another unit is not found), or without {@code unitCode} of every
     * unit the caller sees; the county summary only for a caller who sees all units.
     */
    public Plan plan(Caller caller, int year, String unitCode) {
        boolean oneUnit = unitCode != null && !unitCode.isBlank();
        Map<String, UnitFolder> folders = new LinkedHashMap<>();
        if (oneUnit) {
            var unit = units.require(caller, unitCode.strip());
            folders.put(unit.code(), new UnitFolder(unit.code(), unit.name(), new ArrayList<>()));
        }
        for (ProjectSummary p : projects.list(caller, year, oneUnit ? unitCode.strip() : null)) {
            folders.computeIfAbsent(p.unitCode(), c -> new UnitFolder(c, p.unitName(), new ArrayList<>()))
                    .projectIds().add(p.id());
        }
        return new Plan(caller, year, List.copyOf(folders.values()), !oneUnit && caller.seesAllUnits());
    }

    /** The pack's file name: 2024年度绩效自评（315001 乐亭县司法局本级）.zip, or 2024年度绩效自评.zip for all units. */
    public static String fileName(Plan plan) {
        String root = Messages.text("evaluation.pack.root", String.valueOf(plan.year()));
        return (plan.units().size() == 1 && !plan.county()
                ? Messages.text("evaluation.pack.fileOfUnit", root, plan.units().get(0).unitCode(),
                plan.units().get(0).unitName())
                : root) + ".zip";
    }

    /** Writes the pack to {@code out} (not closed). */
    public void write(Plan plan, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        ZipNames names = new ZipNames();
        String root = ZipNames.sanitized(Messages.text("evaluation.pack.root", String.valueOf(plan.year())));
        List<String> grades = evaluations.gradeLabels();
        List<EvaluationSummaryRow> county = new ArrayList<>();
        for (UnitFolder unit : plan.units()) {
            String unitTitle = unit.unitCode() + " " + unit.unitName();
            String folder = names.unique(root, unitTitle, "");
            String digits = "%0" + Math.max(2, String.valueOf(unit.projectIds().size()).length()) + "d";
            // projects are numbered in list order; a department target's documents carry its name alone
            List<EvaluationSummaryRow> rows = new ArrayList<>();
            int n = 0;
            for (int from = 0; from < unit.projectIds().size(); from += PAGE) {
                List<Long> page = unit.projectIds().subList(from, Math.min(from + PAGE, unit.projectIds().size()));
                for (SelfEvaluationService.EvaluatedProject project : evaluations.sheets(plan.caller(), page)) {
                    boolean department = project.sheet().isDepartment();
                    String prefix = department ? "" : String.format(digits, ++n) + " ";
                    rows.add(project.summaryRow());
                    for (ProjectDocument document : documents) {
                        entry(zip, names.unique(folder, prefix + ZipNames.sanitized(project.project().name()) + " "
                                + Messages.text(department ? document.departmentTitleKey() : document.titleKey()),
                                document.extension()));
                        document.writer().write(plan.caller(), project, zip);
                        zip.closeEntry();
                    }
                }
            }
            entry(zip, names.unique(folder, Messages.text("evaluation.pack.unitSummary", unitTitle), "xlsx"));
            zip.write(SelfEvaluationWorkbooks.summary(rows, SummaryTotals.of(rows, grades)));
            zip.closeEntry();
            if (plan.county()) {
                county.addAll(rows);
            }
        }
        if (plan.county()) {
            entry(zip, names.unique(root, Messages.text("evaluation.pack.countySummary", String.valueOf(plan.year())),
                    "xlsx"));
            zip.write(SelfEvaluationWorkbooks.summary(county, SummaryTotals.of(county, grades)));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private void entry(ZipOutputStream zip, String path) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(LocalDateTime.now(clock));
        zip.putNextEntry(entry);
    }
}
