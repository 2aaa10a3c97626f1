package jixiao.importing;

import jixiao.project.ProjectInput;

import java.util.List;

/**
 * A project read from an .xlsx workbook in jixiao's template.
 *
 * @param where       the sheet (and file) it was read from, e.g. {@code 文件《乐亭.xlsx》工作表《法制建设》}
 * @param issues      what was odd or wrong on that sheet, each naming the row and column
 * @param printedYear the year the sheet's title prints ({@code 2024年项目支出绩效目标表}), null when it prints none
 */
public record WorkbookProject(String where, ProjectInput input, List<ImportIssue> issues, Integer printedYear) {

    public WorkbookProject(String where, ProjectInput input, List<ImportIssue> issues) {
        this(where, input, issues, null);
    }
}
