package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jixiao.importing.Seeds.assertProject;
import static jixiao.importing.Seeds.assertWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 002: 彭阳县司法局 2024, tab-separated rows, twelve project tables, no codes and no spend plan. */
class PengyangSeedTest {

    private final ParsedUpload upload = Seeds.parse("pengyang-2024.txt");
    private final List<ParsedTable> p = Seeds.projects(upload);

    @Test
    void findsTwelveProjectTablesAndNoDepartmentPart() {
        assertEquals(12, p.size());
        assertEquals(0, Seeds.departments(upload).size());
        assertEquals(12, upload.tables().size());
        assertEquals(0, Seeds.errors(upload));
    }

    @Test
    void readsEveryProjectTable() {
        assertProject(p.get(0), null, "彭阳县司法局本级", null, "2024年“司法协理”基层服务专项计划资金", "万元", "31.900000", null, null, "", 7);
        assertProject(p.get(1), null, "彭阳县司法局本级", null, "2024年全区法律援助案件补助经费等", "万元", "35.000000", null, null, "", 8);
        assertProject(p.get(2), null, "彭阳县司法局本级", null, "2024年中央和地方转移支付资金（办案费52万元、全区人民调解案件补贴10万元、全区司法所心理疏导调解室建设项目12万元）", "万元", "74.000000", null, null, "", 11);
        assertProject(p.get(3), null, "彭阳县司法局本级", null, "村居法律顾问聘用费", "万元", "81.000000", null, null, "", 7);
        assertProject(p.get(4), null, "彭阳县司法局本级", null, "法治政府、行政复议、公共法律服务、法律援助工作经费", "万元", "10.000000", null, null, "", 11);
        assertProject(p.get(5), null, "彭阳县司法局本级", null, "律师公证管理工作经费", "万元", "1.000000", null, null, "", 7);
        assertProject(p.get(6), null, "彭阳县司法局本级", null, "律师值班费", "万元", "5.220000", null, null, "", 7);
        assertProject(p.get(7), null, "彭阳县司法局本级", null, "普法与依法治理工作经费", "万元", "16.000000", null, null, "", 9);
        assertProject(p.get(8), null, "彭阳县司法局本级", null, "人民调解工作经费", "万元", "104.540000", null, null, "", 7);
        assertProject(p.get(9), null, "彭阳县司法局本级", null, "社区矫正和安置帮教工作经费", "万元", "31.500000", null, null, "", 8);
        assertProject(p.get(10), null, "彭阳县司法局本级", null, "司法协理员工资和社保费", "万元", "92.400000", null, null, "", 7);
        assertProject(p.get(11), null, "彭阳县司法局本级", null, "县政府法律顾问聘用费", "万元", "12.000000", null, null, "", 7);
    }

    @Test
    void readsTheDepartmentAttributesAndTheGoalWithoutHtml() {
        ParsedTable t = p.get(1);
        assertEquals(33, t.line());
        assertEquals("彭阳县司法局", t.departmentName());
        assertEquals("0101-一年期项目", t.attribute());
        assertEquals("1年", t.term());
        assertEquals("02-预算股", t.managingOffice());
        assertTrue(t.goal().startsWith("本项目预算安排资金 35 万元，主要用于安置帮教"));
        assertTrue(t.goal().endsWith("让人民群众越来越有法律意识。"));
        assertTrue(p.stream().noneMatch(x -> x.goal().contains("<p>") || x.goal().contains("</p>")));
        assertEquals("彭阳县司法局本级", p.get(8).unitName(), "\"彭阳县司法局 本级\" collapsed");
    }

    @Test
    void readsTheIndicatorsOfTheThirdTable() {
        assertEquals(List.of(
                "产出指标|数量指标|司法所心理疏导调解室建设数量||12 个|",
                "产出指标|质量指标|项目（工程）质量合格率||100%|",
                "产出指标|时效指标|计划各项工作完成及时性||100%|",
                "产出指标|成本指标|办案费用||52 万元|",
                "产出指标|成本指标|人民调解案件补贴案件||10 万元|",
                "产出指标|成本指标|司法所心理疏导调解室建设费用||12 万元|",
                "效益指标|社会效益指标|稳定发挥司法机关职能||进一步提升|",
                "效益指标|可持续影响指标|化解矛盾、维护社会和谐稳定||稳定|",
                "满意度指标|服务对象满意度指标|受益群众满意度||>90%|",
                "满意度指标|服务对象满意度指标|主管部门满意度||>90%|",
                "满意度指标|服务对象满意度指标|专职人民调解员满意度||>90%|"),
                Seeds.rows(p.get(2)));
    }

    @Test
    void readsTheShiftedRowOfTheFifthTableByContent() {
        assertEquals(List.of(
                "产出指标|数量指标|法律援助宣传品||5000 份|",
                "产出指标|数量指标|公共法律服务实体平台维护||根据实际情况|",
                "产出指标|数量指标|举办培训办||2 期|",
                "产出指标|数量指标|制作展板、横幅||91 条|",
                "产出指标|质量指标|业务质量达标率||100%|",
                "产出指标|时效指标|计划任务完成及时率||100%|",
                "产出指标|成本指标|法治政府、行政复议、法律援助、公共法律服务工作经费||≤10 万元|",
                "效益指标|社会效益指标|规范公共法律服务站||规范|",
                "效益指标|社会效益指标|提高群众法律意识||提高|",
                "效益指标|可持续影响指标|推进彭阳县法治政府建设持续发展||可持续|",
                "满意度指标|服务对象满意度指标|人民群众满意度||≥95%|"),
                Seeds.rows(p.get(4)));
        assertWarning(p.get(4), 119, "错位", "二级指标「可持续影响指标」", "指标值「可持续」");
        assertEquals(1, Seeds.warnings(p.get(4)));
    }

    @Test
    void skipsTheEmptyTemplateRowsAndNeedsNoGuessElsewhere() {
        assertTrue(p.stream().flatMap(t -> t.indicators().stream())
                .noneMatch(i -> "经济效益指标".equals(i.level2()) || "生态效益指标".equals(i.level2())));
        assertTrue(p.stream().flatMap(t -> t.indicators().stream()).allMatch(i -> i.basis() == null));
        for (int i = 0; i < p.size(); i++) {
            if (i != 4) {
                assertTrue(p.get(i).issues().isEmpty(), p.get(i).name() + " " + p.get(i).issues());
            }
        }
        assertNull(p.get(0).fiscalFunds());
    }
}
