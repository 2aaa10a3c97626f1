package jixiao.evaluation.report;

import jixiao.common.Messages;

import java.util.Optional;

/**
 * The sections of a 项目支出绩效自评报告, in the order published reports give them (e.g. 红河州数据发展中心
 * 2024年度项目支出绩效单位自评报告, https://www.hh.gov.cn/info/11481/1179592.htm, and the outline of
 * 财预〔2020〕10号): 基本情况, 绩效目标及完成情况, 预算执行, 偏离的原因和改进措施, 自评结果, 结果应用.
 */
public enum ReportSection {
    BASIC, GOALS, BUDGET, DEVIATION, RESULT, USE;

    /** The key in the JSON and the form (lower case). */
    public String key() {
        return name().toLowerCase();
    }

    /** 一、项目基本情况 … as the heading of the section. */
    public String title() {
        return Messages.text("writtenReport.section." + key());
    }

    /** The heading in a 部门整体支出绩效自评报告, where the first two speak of the department. */
    public String title(boolean department) {
        if (department && (this == BASIC || this == GOALS)) {
            return Messages.text("writtenReport.department.section." + key());
        }
        return title();
    }

    public static Optional<ReportSection> of(String key) {
        for (ReportSection s : values()) {
            if (s.key().equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
