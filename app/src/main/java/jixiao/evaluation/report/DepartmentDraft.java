package jixiao.evaluation.report;

import jixiao.evaluation.SelfEvaluationReport;
import jixiao.indicatorvalue.Grade;
import jixiao.project.BudgetSummary;
import jixiao.project.ProjectDetails;

import java.util.ArrayList;
import java.util.List;

import static jixiao.evaluation.report.ReportDraft.amount;
import static jixiao.evaluation.report.ReportDraft.plainText;
import static jixiao.evaluation.report.ReportDraft.present;
import static jixiao.evaluation.report.ReportDraft.rate;
import static jixiao.evaluation.report.ReportDraft.t;

/**
 * The parts of a 部门整体支出绩效自评报告 that a project's report has not: the department's overview and budget
 * summary, its 年度重点工作任务 and what became of them, and how its projects ran. Figures come from the same
 * {@link SelfEvaluationReport} as the sheet, so report and sheet agree.
 */
final class DepartmentDraft {

    private DepartmentDraft() {
    }

    /** 一、部门基本情况: 部门概况 (the overall goal), 部门预算构成, 年度重点工作任务. */
    static String basic(ProjectDetails target, SelfEvaluationReport record) {
        SelfEvaluationReport.Department d = record.department();
        String unit = record.moneyUnit();
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.department.overviewHeading"));
        lines.add(t("writtenReport.department.overview", record.unitName(), String.valueOf(target.year()), target.name()));
        lines.add(present(record.goal()) ? plainText(record.goal()) : t("writtenReport.notFilled"));

        lines.add(t("writtenReport.department.budgetHeading"));
        BudgetSummary summary = target.budgetSummary();
        List<String> parts = summary == null ? List.of() : summary.givenRows().stream()
                .map(r -> t("writtenReport.department.budgetLine", r.label(), r.amount(), unit))
                .toList();
        lines.add(parts.isEmpty() ? t("writtenReport.department.noBudgetLines")
                : t("writtenReport.department.budgetLines", String.valueOf(target.year()), String.join("、", parts)));
        SelfEvaluationReport.MoneyLine projects = record.money().get(2);
        lines.add(t("writtenReport.department.projects", String.valueOf(target.year()), d.projects().size(),
                amount(projects.initialText()), unit));

        lines.add(t("writtenReport.department.tasksHeading"));
        List<String> tasks = d.keyTasks().stream()
                .map(k -> t("writtenReport.department.task", k.name(), amount(k.plannedText()), unit))
                .toList();
        lines.add(tasks.isEmpty() ? t("writtenReport.department.noTasks")
                : t("writtenReport.department.tasks", tasks.size(), String.join("、", tasks)));
        return String.join("\n", lines);
    }

    /** （三）年度重点工作任务完成情况, one line a task: what was done, the judgement, the money. */
    static List<String> taskResults(SelfEvaluationReport record) {
        List<String> lines = new ArrayList<>();
        lines.add(t("writtenReport.department.taskResultsHeading"));
        List<SelfEvaluationReport.TaskLine> tasks = record.department().keyTasks();
        if (tasks.isEmpty()) {
            lines.add(t("writtenReport.department.noTasks"));
        }
        for (SelfEvaluationReport.TaskLine task : tasks) {
            String completion = present(task.completion()) ? task.completion().strip() : t("writtenReport.notFilled");
            String grade = present(task.gradeLabel()) ? t("writtenReport.department.taskGrade", task.gradeLabel()) : "";
            lines.add(t("writtenReport.department.taskResult", task.position(), task.name(), completion, grade)
                    + t("writtenReport.department.taskMoney", amount(task.plannedText()), amount(task.executedText()),
                    record.moneyUnit()));
        }
        return lines;
    }

    /** How the department's projects ran, in sum; the table under the section lists each. */
    static List<String> projectsRun(SelfEvaluationReport record) {
        SelfEvaluationReport.ProjectLine total = record.department().projectsTotal();
        return List.of(t("writtenReport.department.projectsRun", record.department().projects().size(),
                amount(total.fullYearText()), amount(total.executedText()), record.moneyUnit(), rate(total.rateText())));
    }

    /** The tasks judged 部分达成 or 未达成: causes of deviation as much as a missed indicator. */
    static List<SelfEvaluationReport.TaskLine> tasksShort(SelfEvaluationReport record) {
        if (record.department() == null) {
            return List.of();
        }
        return record.department().keyTasks().stream()
                .filter(k -> present(k.gradeLabel()) && !k.gradeLabel().equals(Grade.ACHIEVED.label()))
                .toList();
    }
}
