package jixiao.importing;

import java.util.List;

/** What was read from an uploaded workbook; {@code issues} are those not tied to one sheet. */
public record WorkbookRead(List<WorkbookProject> projects, List<ImportIssue> issues) {

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)
                || projects.stream().anyMatch(p -> p.issues().stream().anyMatch(i -> i.severity() == Severity.ERROR));
    }
}
