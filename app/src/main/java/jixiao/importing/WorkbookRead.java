package jixiao.importing;

import jixiao.common.Messages;
import jixiao.importing.document.DocumentText;
import jixiao.project.ProjectInput;

import java.util.ArrayList;
import java.util.List;

/**
 * What was read from an uploaded workbook; {@code issues} are those not tied to one sheet.
 *
 * @param sheetsAsText where no sheet is in the template's shape, the sheets' rows as lines for the text layouts;
 *                     otherwise null
 * @param year         the year the person chose, for the tables read from {@code sheetsAsText}; null if none
 */
public record WorkbookRead(List<WorkbookProject> projects, List<ImportIssue> issues, DocumentText sheetsAsText,
                           Integer year) {

    public WorkbookRead(List<WorkbookProject> projects, List<ImportIssue> issues) {
        this(projects, issues, null, null);
    }

    WorkbookRead(List<WorkbookProject> projects, List<ImportIssue> issues, DocumentText sheetsAsText) {
        this(projects, issues, sheetsAsText, null);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)
                || projects.stream().anyMatch(p -> p.issues().stream().anyMatch(i -> i.severity() == Severity.ERROR));
    }

    /**
     * The year and unit the person chose when importing, for the sheets that leave them blank; each
     * such sheet says so in a warning.
     */
    public WorkbookRead withDefaults(Integer year, String unitCode) {
        String unit = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        List<WorkbookProject> completed = new ArrayList<>();
        for (WorkbookProject p : projects) {
            ProjectInput in = p.input();
            List<ImportIssue> issues = new ArrayList<>(p.issues());
            Integer y = in.year();
            String u = in.unitCode();
            if (y == null && year != null) {
                y = year;
                issues.add(new ImportIssue(Severity.WARNING, p.where(), Messages.text("workbook.warn.yearChosen", year)));
            }
            if (u == null && unit != null) {
                u = unit;
                issues.add(new ImportIssue(Severity.WARNING, p.where(), Messages.text("import.unitChosen", unit)));
            }
            ProjectInput filled = new ProjectInput(y, u, in.unitName(), in.departmentName(), in.kind(), in.code(), in.name(),
                    in.moneyUnit(), in.budget(), in.fiscalFunds(), in.otherFunds(), in.purpose(), in.goal(), in.measures(),
                    in.attribute(), in.term(), in.managingOffice(), in.spendPlan(), in.indicators(), in.keyTasks(), in.version());
            completed.add(new WorkbookProject(p.where(), filled, List.copyOf(issues), p.printedYear()));
        }
        return new WorkbookRead(completed, this.issues, sheetsAsText, year);
    }
}
