package jixiao.evaluation.department;

import jixiao.evaluation.MoneyBlock;
import jixiao.evaluation.ScoringProblem;
import jixiao.indicatorvalue.Grade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The department-wide rules alone, on 乐亭's (seed 000) and 花都's (seed 001) key tasks. */
class DepartmentSheetTest {

    /** 花都司法局's 年度重点工作任务 with their 拟投入资金 (万元 → 元). */
    private static final List<DepartmentSheet.Task> HUADU = List.of(
            task(1, "一村（社区）一法律顾问工作", "4779400"),
            task(2, "人民调解工作", "1308000"),
            task(3, "法律援助工作", "1583300"),
            task(4, "社区矫正及安置帮教工作", "2800000"),
            task(5, "普法工作", "200000"),
            task(6, "法治建设工作", "470000"));

    @Test
    void entriesFindTheirTaskByName_evenWhenTheTargetWasReordered() {
        List<DepartmentSheet.TaskResult> saved = List.of(
                result(1, "普法工作", "180000", "开展普法活动120场", Grade.ACHIEVED),
                result(2, "法律援助工作", "1500000", "办理法律援助案件860件", Grade.PARTIAL));
        List<DepartmentPart.KeyTaskRow> rows = DepartmentSheet.keyTasks(HUADU, saved);
        assertEquals(6, rows.size());
        assertEquals("开展普法活动120场", rows.get(4).completion());
        assertEquals(0, new BigDecimal("90.00").compareTo(rows.get(4).rate()), "180000 of 200000");
        assertEquals("PARTIAL", rows.get(2).grade());
        assertEquals("部分达成", rows.get(2).gradeLabel());
        assertNull(rows.get(0).completion(), "the first task has no entry: its saved position 1 was taken by name");
        assertNull(rows.get(1).completion());
    }

    @Test
    void aRenamedTaskKeepsItsEntryByPosition_aRemovedTaskLosesIt() {
        List<DepartmentSheet.TaskResult> saved = List.of(
                result(1, "普法宣传", "30000", "开展普法宣传60场", Grade.ACHIEVED),
                result(7, "已删除的任务", "1", "无", Grade.NOT_ACHIEVED));
        List<DepartmentSheet.Task> renamed = List.of(task(1, "普法宣传教育", "30000"), task(2, "社区矫正", null));
        List<DepartmentPart.KeyTaskRow> rows = DepartmentSheet.keyTasks(renamed, saved);
        assertEquals("开展普法宣传60场", rows.get(0).completion());
        assertEquals(0, new BigDecimal("100.00").compareTo(rows.get(0).rate()));
        assertNull(rows.get(1).completion());
        assertNull(rows.get(1).rate(), "no planned funds (乐亭's tasks state none): no rate");
    }

    @Test
    void projectsAddUpColumnByColumn_blankOnlyWhereEveryProjectIs() {
        List<DepartmentPart.ProjectLine> lines = List.of(
                line(1, "30000", "30000", "28500"), line(2, "50000", "50000", null), line(3, "24200", "24200", null));
        MoneyBlock.Amounts sum = DepartmentSheet.projectsMoney(lines);
        assertEquals(0, new BigDecimal("104200").compareTo(sum.initial()));
        assertEquals(0, new BigDecimal("104200").compareTo(sum.fullYear()));
        assertEquals(0, new BigDecimal("28500").compareTo(sum.executed()));
        MoneyBlock.Amounts none = DepartmentSheet.projectsMoney(List.of(line(1, "5000", "5000", null)));
        assertNull(none.executed());
        MoneyBlock.Amounts empty = DepartmentSheet.projectsMoney(List.of());
        assertNull(empty.initial());
    }

    @Test
    void basicIsPrefilledFromTheBudgetSummary_theSpendLeftToTheEvaluator() {
        MoneyBlock.Amounts basic = DepartmentSheet.prefilledBasic(new BigDecimal("37231900"));
        assertEquals(0, new BigDecimal("37231900").compareTo(basic.initial()));
        assertEquals(0, new BigDecimal("37231900").compareTo(basic.fullYear()));
        assertNull(basic.executed());
    }

    @Test
    void everyTaskNeedsItsCompletion_namedByPlaceAndName() {
        List<DepartmentPart.KeyTaskRow> rows = DepartmentSheet.keyTasks(HUADU,
                List.of(result(2, "人民调解工作", null, "调解成功率97%", Grade.ACHIEVED)));
        List<ScoringProblem> problems = DepartmentSheet.problems(rows);
        assertEquals(5, problems.size());
        assertEquals("keyTasks[0].completion", problems.get(0).field());
        assertEquals("年度重点工作任务第1项“一村（社区）一法律顾问工作”：请填写完成情况", problems.get(0).message());
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("人民调解工作")));
    }

    @Test
    void notesCompareTheBudgetSummarysProjectLineWithTheProjectsHeld() {
        List<DepartmentPart.ProjectLine> lines = List.of(line(1, "30000", "30000", null), line(2, "50000", "50000", null));
        List<String> differ = DepartmentSheet.notes(lines, new BigDecimal("11626200"), y -> y.movePointLeft(4).stripTrailingZeros().toPlainString(),
                "万元", 2024);
        assertEquals(List.of("部门预算构成中的项目支出为1162.62万元，本部门在系统中的2个项目年初预算合计为8万元，请核对是否有项目未录入"),
                differ);
        assertEquals(List.of(), DepartmentSheet.notes(lines, new BigDecimal("80000"), y -> y.toPlainString(), "元", 2024));
        assertEquals(List.of(), DepartmentSheet.notes(lines, null, y -> y.toPlainString(), "元", 2024));
        List<String> none = DepartmentSheet.notes(List.of(), null, y -> y.toPlainString(), "元", 2024);
        assertEquals(List.of("系统中没有本部门2024年度的项目，项目支出按0计"), none);
    }

    private static DepartmentSheet.Task task(int position, String name, String plannedYuan) {
        return new DepartmentSheet.Task(position, name, null, null, plannedYuan == null ? null : new BigDecimal(plannedYuan));
    }

    private static DepartmentSheet.TaskResult result(int position, String name, String executed, String completion,
                                                     Grade grade) {
        return new DepartmentSheet.TaskResult(position, name, executed == null ? null : new BigDecimal(executed),
                completion, grade);
    }

    private static DepartmentPart.ProjectLine line(long id, String initial, String fullYear, String executed) {
        return new DepartmentPart.ProjectLine(id, "P" + id, "项目" + id, "315001", "乐亭县司法局本级", new BigDecimal(initial),
                new BigDecimal(fullYear), executed == null ? null : new BigDecimal(executed), null, null, null, "DRAFT", "草稿");
    }
}
