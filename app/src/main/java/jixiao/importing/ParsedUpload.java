package jixiao.importing;

import java.util.List;

/**
 * What was read from one uploaded text: the tables in order of appearance and every issue of the
 * upload. {@code issues} holds the upload-level issues (empty text, no table found) followed by
 * every table's own issues, so one list shows all; each table also carries its own.
 */
public record ParsedUpload(List<ParsedTable> tables, List<ImportIssue> issues) {

    public ParsedUpload {
        tables = List.copyOf(tables);
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
    }
}
