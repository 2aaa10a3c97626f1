package jixiao.importing;

import jixiao.project.ProjectInput;

import java.util.List;

/**
 * A project read from an .xlsx workbook in jixiao's template.
 *
 * @param where  the sheet (and file) it was read from, e.g. {@code 文件《乐亭.xlsx》工作表《法制建设》}
 * @param issues what was odd or wrong on that sheet, each naming the row and column
 */
public record WorkbookProject(String where, ProjectInput input, List<ImportIssue> issues) {
}
