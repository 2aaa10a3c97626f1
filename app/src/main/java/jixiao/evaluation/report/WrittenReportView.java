package jixiao.evaluation.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A project's 自评报告 as the page and the JSON show it.
 *
 * @param version  0 while nothing is stored (no section edited, not frozen); send it back with a change
 * @param readOnly why the caller cannot change it now; null when they can
 * @param frozen   the 自评表 was approved: every section is the stored text
 * @param title    项目支出绩效自评报告, or 部门整体支出绩效自评报告 for a department target
 */
@Serdeable
public record WrittenReportView(long projectId, int year, String projectName, long version, String status,
                                boolean editable, @Nullable String readOnly, boolean frozen, List<Section> sections,
                                String title) {

    /** @param edited a person wrote this text; otherwise it is drafted from the data (or was, at approval) */
    @Serdeable
    public record Section(String key, String title, String text, boolean edited) {
    }
}
