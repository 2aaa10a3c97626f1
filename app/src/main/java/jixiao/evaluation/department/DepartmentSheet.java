package jixiao.evaluation.department;

import jixiao.common.Messages;
import jixiao.evaluation.ExecutionRate;
import jixiao.evaluation.MoneyBlock;
import jixiao.evaluation.ScoringProblem;
import jixiao.indicatorvalue.Grade;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the department-wide part of a 部门整体支出绩效自评表, plain Java: how the evaluator's entries find
 * their 年度重点工作任务, how the department's money is added up from its projects, and what must be filled in
 * before the sheet can be submitted. Scoring itself is the projects' engine, on the department's rulebook.
 */
public final class DepartmentSheet {

    private DepartmentSheet() {
    }

    /** A 年度重点工作任务 as the target table lists it; {@code plannedYuan} is its 拟投入资金. */
    public record Task(int position, String name, String content, String expectedGoal, BigDecimal plannedYuan) {
    }

    /** What the evaluator entered for a task, as stored: the task's name and place when it was saved. */
    public record TaskResult(int position, String name, BigDecimal executedYuan, String completion, Grade grade) {
    }

    /**
     * Each task with its entries. A result belongs to the task of the same name; one whose task was renamed
     * keeps its place (position), unless another result already took that task by name. Editing the target
     * rewrites its tasks, so neither ids nor positions alone survive it.
     */
    public static List<DepartmentPart.KeyTaskRow> keyTasks(List<Task> tasks, List<TaskResult> results) {
        TaskResult[] matched = new TaskResult[tasks.size()];
        Set<TaskResult> used = new HashSet<>();
        for (int i = 0; i < tasks.size(); i++) {
            for (TaskResult r : results) {
                if (!used.contains(r) && r.name().equals(tasks.get(i).name())) {
                    matched[i] = r;
                    used.add(r);
                    break;
                }
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (matched[i] != null) {
                continue;
            }
            for (TaskResult r : results) {
                if (!used.contains(r) && r.position() == tasks.get(i).position()) {
                    matched[i] = r;
                    used.add(r);
                    break;
                }
            }
        }
        List<DepartmentPart.KeyTaskRow> rows = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            Task t = tasks.get(i);
            TaskResult r = matched[i];
            BigDecimal executed = r == null ? null : r.executedYuan();
            Grade grade = r == null ? null : r.grade();
            rows.add(new DepartmentPart.KeyTaskRow(t.position(), t.name(), t.content(), t.expectedGoal(), t.plannedYuan(),
                    executed, ExecutionRate.percent(executed, t.plannedYuan()), r == null ? null : r.completion(),
                    grade == null ? null : grade.name(), grade == null ? null : grade.label()));
        }
        return rows;
    }

    /** 项目支出: the department's projects added up column by column, each as its own 自评表 has it. */
    public static MoneyBlock.Amounts projectsMoney(List<DepartmentPart.ProjectLine> projects) {
        return MoneyBlock.Amounts.sum(projects.stream()
                .map(p -> new MoneyBlock.Amounts(p.initialYuan(), p.fullYearYuan(), p.executedYuan()))
                .toList());
    }

    /**
     * 基本支出 before the evaluator saved anything: the budget summary's 基本支出 as 年初预算数 and, until told
     * otherwise, as 全年预算数; the spend is the department's own figure and is left for the evaluator.
     */
    public static MoneyBlock.Amounts prefilledBasic(BigDecimal summaryBasicYuan) {
        return new MoneyBlock.Amounts(summaryBasicYuan, summaryBasicYuan, null);
    }

    /** What must be entered before submission: every task's 完成情况. */
    public static List<ScoringProblem> problems(List<DepartmentPart.KeyTaskRow> tasks) {
        List<ScoringProblem> problems = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            DepartmentPart.KeyTaskRow t = tasks.get(i);
            if (t.completion() == null || t.completion().isBlank()) {
                problems.add(new ScoringProblem(null, "keyTasks[" + i + "].completion",
                        Messages.text("department.problem.completion", t.position(), t.name())));
            }
        }
        return problems;
    }

    /**
     * Checks for a person: the budget summary's 项目支出 (what was budgeted for projects) against the projects
     * jixiao holds, and a department without projects.
     *
     * @param summaryProjectYuan the budget summary's 项目支出, null when the table did not print it
     * @param moneyUnit          the target's unit label (万元) and its conversion, for the message
     */
    public static List<String> notes(List<DepartmentPart.ProjectLine> projects, BigDecimal summaryProjectYuan,
                                     java.util.function.Function<BigDecimal, String> inUnit, String moneyUnit, int year) {
        List<String> notes = new ArrayList<>();
        if (projects.isEmpty()) {
            notes.add(Messages.text("department.note.noProjects", String.valueOf(year)));
        }
        BigDecimal initial = projectsMoney(projects).initial();
        if (!projects.isEmpty() && summaryProjectYuan != null && (initial == null ? summaryProjectYuan.signum() != 0
                : initial.compareTo(summaryProjectYuan) != 0)) {
            notes.add(Messages.text("department.note.projectsDiffer", inUnit.apply(summaryProjectYuan),
                    inUnit.apply(initial == null ? BigDecimal.ZERO : initial), moneyUnit, projects.size()));
        }
        return notes;
    }
}
