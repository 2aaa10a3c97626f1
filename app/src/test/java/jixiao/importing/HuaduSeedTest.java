package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static jixiao.importing.Seeds.assertWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 001: 广州市花都区司法局, a department form in tab-separated rows. */
class HuaduSeedTest {

    private final ParsedUpload upload = Seeds.parse("huadu-department.txt");
    private final ParsedTable d = upload.tables().get(0);

    @Test
    void findsOneDepartmentPartAndNoProjectTable() {
        assertEquals(1, upload.tables().size());
        assertEquals(1, Seeds.departments(upload).size());
        assertEquals(0, Seeds.projects(upload).size());
        assertEquals(0, Seeds.errors(upload));
    }

    @Test
    void readsTheDepartmentAndItsBudget() {
        assertEquals(3, d.line());
        assertEquals("广州市花都区司法局", d.departmentName());
        assertEquals("广州市花都区司法局", d.unitName());
        assertNull(d.unitCode());
        assertEquals("广州市花都区司法局部门整体绩效目标", d.name());
        assertEquals("万元", d.moneyUnit());
        assertEquals(new BigDecimal("5136.61"), d.budget(), "财政拨款 + 其他资金");
        assertEquals(new BigDecimal("5136.61"), d.fiscalFunds());
        assertEquals(new BigDecimal("0.00"), d.otherFunds());
        assertTrue(d.goal().startsWith("深入推进法治花都建设"));
        assertTrue(d.goal().endsWith("推进法律援助、村（社区）法律顾问等公共法律服务提档升级。"));
        assertTrue(d.spendPlan().isEmpty());
        assertWarning(d, 3, "按部门名称", "广州市花都区司法局");
    }

    @Test
    void readsTheKeyTasksWithTheirFunds() {
        assertEquals(List.of("一村（社区）一法律顾问工作", "人民调解工作", "法律援助工作", "社区矫正及安置帮教工作", "普法工作",
                "法治建设工作"), d.keyTasks().stream().map(ParsedKeyTask::name).toList());
        assertEquals(List.of(new BigDecimal("477.94"), new BigDecimal("130.80"), new BigDecimal("158.33"),
                new BigDecimal("280.00"), new BigDecimal("20.00"), new BigDecimal("47.00")),
                d.keyTasks().stream().map(ParsedKeyTask::funds).toList());
        ParsedKeyTask mediation = d.keyTasks().get(1);
        assertEquals("通过专职调解员经费项目和落实兼职调解员以案定补的实施，最大限度地调动我区兼职、专职人民调解员调解工作积极性，"
                + "进一步推动我区“专兼结合”的人民调解队伍建设。", mediation.content());
        assertEquals("达到进一步推进我区人民调解队伍建设，不断优化人民调解员队伍结构，充分发挥人民调解在维护社会和谐稳定中的"
                + "“第一道防线”作用的绩效目标。", mediation.expectedGoal());
    }

    @Test
    void readsTheIndicatorsWithBothValueColumns() {
        List<String> rows = d.indicators().stream().map(i -> String.join("|", i.level1(), i.level2(), i.name(),
                String.valueOf(i.periodTarget()), i.target())).toList();
        assertEquals(List.of(
                "产出指标|数量指标|全区村（社区）法律顾问覆盖率|100%|100%",
                "产出指标|数量指标|专职人民调解员调解档案建档率|100%|100%",
                "产出指标|数量指标|开展法治宣传活动完成率|100%|100%",
                "产出指标|数量指标|司法社工覆盖率|100%|100%",
                "产出指标|数量指标|法律咨询服务完成率|100%|100%",
                "产出指标|时效指标|限期内提交答辩状、证据材料|null|100%",
                "效益指标|社会效益指标|应援尽援覆盖率|100%|100%",
                "效益指标|社会效益指标|全区年度人民调解成功率|≥95%|≥95%",
                "效益指标|社会效益指标|社区矫正对象再犯罪率|<0.2%|<0.2%",
                "效益指标|社会效益指标|刑满释放人员再犯罪率|<2%|<2%",
                "效益指标|社会效益指标|行政复议被法院撤销率|≤15%|≤15%",
                "效益指标|可持续影响指标|法治文化项目持续发挥宣传作用|持续发挥作用|持续发挥作用",
                "满意度指标|服务对象满意度指标|服务对象满意度|≥90%|≥90%"), rows);
        assertTrue(d.indicators().stream().allMatch(i -> i.description() == null && i.basis() == null));
    }

    @Test
    void flagsTheShiftedRowsWithWhatWasRead() {
        assertWarning(d, 27, "错位", "二级指标「时效指标」", "三级指标「限期内提交答辩状、证据材料」", "指标值「100%」");
        assertWarning(d, 33, "错位", "一级指标「效益指标」", "二级指标「可持续影响指标」");
        assertWarning(d, 34, "错位", "一级指标「满意度指标」");
        assertEquals(4, Seeds.warnings(d));
    }
}
