package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jixiao.importing.Seeds.assertProject;
import static jixiao.importing.Seeds.assertWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 004: 兴隆县司法局 2025, OCR of a scanned PDF: a department part then ten project tables. */
class XinglongSeedTest {

    private final ParsedUpload upload = Seeds.parse("xinglong-2025.txt");
    private final List<ParsedTable> p = Seeds.projects(upload);

    @Test
    void findsOneDepartmentPartThenTenProjectTables() {
        assertEquals(1, Seeds.departments(upload).size());
        assertEquals(10, p.size());
        assertEquals(11, upload.tables().size());
        assertEquals(0, Seeds.errors(upload));
        assertEquals(List.of(160, 255, 352, 438, 508, 609, 691, 802, 905, 1013), p.stream().map(ParsedTable::line).toList());
    }

    @Test
    void readsEveryProjectTableWithTheRepairedCodesAndAmounts() {
        assertProject(p.get(0), "315001", "兴隆县司法局本级", "13082225P00007110038Y", "2025年劳务派遣人员经费", "万元", "26.10", "26.10", null, "3:20 6:40 10:70 12:100", 6);
        assertProject(p.get(1), "315001", "兴隆县司法局本级", "13082225P00007110039J", "2025年劳务派遣人员经费(司法协理员)", "万元", "254.80", "254.80", null, "3:20 6:40 10:60 12:100", 6);
        assertProject(p.get(2), "315001", "兴隆县司法局本级", "13082225P00003710003E", "2025年法律顾问律师费", "万元", "8.40", "8.40", null, "3:20 6:50 10:70 12:100", 6);
        assertProject(p.get(3), "315001", "兴隆县司法局本级", "13082225P00003910003R", "2025年法律援助", "万元", "2.50", "2.50", null, "3:30 6:50 10:70 12:100", 6);
        assertProject(p.get(4), "315001", "兴隆县司法局本级", "13082225P00018010002Y", "2025年普法宣传", "万元", "2.10", "2.10", null, "10:50 12:100", 6);
        assertProject(p.get(5), "315001", "兴隆县司法局本级", "13082225P00003810004P", "2025年人民调解人员经费", "万元", "10.00", "10.00", null, "3:20 6:40 10:60 12:100", 6);
        assertProject(p.get(6), "315001", "兴隆县司法局本级", "13082225P00018110002L", "2025年社区矫正", "万元", "2.10", "2.10", null, "3:20 6:40 10:60 12:100", 6);
        assertProject(p.get(7), "315001", "兴隆县司法局本级", "13082225P00018210002A", "2025年行政复议及执法监督工作经费", "万元", "0.60", "0.60", null, "6:20 10:20 12:100", 6);
        assertProject(p.get(8), "315001", "兴隆县司法局本级", "13082225P000026100070", "2025年运行保障经费", "万元", "2.70", "2.70", null, "10:100 12:100", 6);
        assertProject(p.get(9), "315001", "兴隆县司法局本级", "13082225P00001710004K", "冀财政法【2024】55号提前分配2025年社区矫正补助资金", "万元", "3.00", "3.00", null, "10:50 12:100", 6);
        assertTrue(p.stream().allMatch(t -> t.code().length() == 21));
    }

    @Test
    void flagsEveryCodeRepair() {
        for (ParsedTable t : p) {
            assertTrue(t.issues().stream().anyMatch(i -> i.message().contains("项目编码分 2 行读出")), t.name());
        }
        assertWarning(p.get(0), 164, "「13082225P0000711003 8Y」", "「13082225P00007110038Y」");
        assertWarning(p.get(1), 259, "项目编码读作「13082225P0000711OO39J」", "「13082225P00007110039J」");
        assertWarning(p.get(3), 442, "「13082225P00O03910003R」", "「13082225P00003910003R」");
        assertWarning(p.get(4), 512, "「13082225P00018010O02Y」", "「13082225P00018010002Y」");
    }

    @Test
    void flagsEveryAmountRepair() {
        assertWarning(p.get(0), 174, "预算数读作「26,10」", "26.10");
        assertWarning(p.get(1), 269, "预算数读作「254,80」", "254.80");
        assertWarning(p.get(1), 273, "财政资金读作「254,80」", "254.80");
        assertWarning(p.get(2), 370, "财政资金读作「8,4O」", "8.40");
        assertWarning(p.get(3), 456, "财政资金读作「2.5O」", "2.50");
        assertWarning(p.get(4), 522, "预算数读作「210」", "财政资金「2.10」", "2.10");
        assertWarning(p.get(5), 627, "财政资金读作「10,O0」", "10.00");
        assertWarning(p.get(6), 713, "财政资金读作「2,10」", "2.10");
        assertWarning(p.get(7), 824, "财政资金读作「o,60」", "0.60");
        assertWarning(p.get(7), 816, "预算数读作「060」", "0.60");
    }

    @Test
    void flagsTheNameAndPlanRepairs() {
        assertWarning(p.get(1), 263, "项目名称读作「2O25年劳务派遣人员经费(司法协理员)」", "「2025年劳务派遣人员经费(司法协理员)」");
        assertWarning(p.get(1), 279, "资金支出计划12月底读作「10O%」", "100%");
        assertWarning(p.get(4), 530, "只读出 2 个百分比（50% 100%）", "10月底50%，12月底100%");
        assertWarning(p.get(7), 828, "只读出 3 个百分比（20% 2O% 1O0%）", "6月底20%，10月底20%，12月底100%");
        assertWarning(p.get(8), 927, "只读出 2 个百分比（1O0% 1O0%）", "10月底100%，12月底100%");
        assertWarning(p.get(9), 1041, "只读出 2 个百分比（50% 1O0%）", "10月底50%，12月底100%");
        assertTrue(p.get(0).issues().stream().noneMatch(i -> i.message().contains("百分比")), "a full plan needs no guess");
    }

    @Test
    void flagsTheLevelBasisAndJunkRepairs() {
        assertWarning(p.get(4), 598, "指标级次读作「丹勖引寸象满意度指标」", "「服务对象满意度指标」");
        assertWarning(p.get(9), 1084, "指标值确定依据读作「冀财政法【2O24】55号」", "「冀财政法【2024】55号」");
        assertWarning(p.get(7), 901, "无法识别的文字「勹∠」");
        assertWarning(p.get(3), 479, "断开的指标", "三级指标「提高生活保障」", "指标值「通过工资发放提高生活水平」");
        assertTrue(p.get(3).issues().stream().noneMatch(i -> i.where().endsWith("第470行")),
                "an indicator read from one line is no guess");
    }

    @Test
    void rebuildsTheIndicatorsOfTheFirstFiveTables() {
        assertEquals(List.of(
                "产出指标|数量指标|劳务派遣人数|劳务派遣人数|6人|工作需要",
                "产出指标|质量指标|工资发放准确率|工资发放准确率|100%|工作需要",
                "产出指标|时效指标|按月足额拨付资金|按月足额拨付资金|按月拨付|工作需要",
                "产出指标|成本指标|个人核定工资数额|个人核定工资数额|每人每年4.35万元|工作需要",
                "效益指标|社会效益指标|劳务派遣人员尽职尽责|劳务派遣人员尽职尽责|劳务派遣人员尽职尽责|工作需要",
                "满意度指标|服务对象满意度指标|劳务派遣人员满意度|劳务派遣人员满意度|Σ9O%|工作需要"), Seeds.rows(p.get(0)));
        assertEquals(List.of(
                "产出指标|数量指标|司法协理员人数|司法协理员人数|56人|工作需要",
                "产出指标|质量指标|工资发放准确率|工资发放准确率|100%|工作需要",
                "产出指标|时效指标|按用足额拨付资金|按月足额拨付资金|按用拨付|工作需要",
                "产出指标|成本指标|个人核定工资数额|个人核定工资数额|每人每年4.55万元|工作需要",
                "效益指标|社会效益指标|司法协理员尽职尽责|司法协理员尽职尽责|司法协理员尽职尽责|工作需要",
                "满意度指标|服务对象满意度指标|司法协理员满意度|司法协理员满意度|≥90%|工作需要"), Seeds.rows(p.get(1)));
        assertEquals(List.of(
                "产出指标|数量指标|法律顾问律师人数|法律顾问律师人数|≥2人|工作需要",
                "产出指标|质量指标|工作效率|提供法律服务的效率|收到申请的2-3个工作日内提供服务|工作需要",
                "产出指标|时效指标|按需拨付资金|按需拨付资金|按需拨付|工作需要",
                "产出指标|成本指标|人均律师费|人均律师费|兰4,2万元|工作需要",
                "效益指标|社会效益指标|及时提供法律服务`维护社会稳定|文字描述|文字描述|工作需要",
                "满意度指标|服务对象满意度指标|满意和较满意的部门占比|满意和较满意的部门占比|≥9O%|工作需要"), Seeds.rows(p.get(2)));
        assertEquals(List.of(
                "产出指标|数量指标|发放人数|发放人数|1人|工作需要",
                "产出指标|质量指标|发放准确率|发放准确率|100%|工作需要",
                "产出指标|时效指标|按月拨付|按月拨付|按月拨付|工作需要",
                "产出指标|成本指标|项目成本|项目成本|2,5万元|工作需要",
                "效益指标|社会效益指标|提高生活保障|通过工资发放提高生活水平|通过工资发放提高生活水平|工作需要",
                "满意度指标|服务对象满意度指标|服务对象满意度|服务对象满意度|100%|工作需要"), Seeds.rows(p.get(3)));
        assertEquals(List.of(
                "产出指标|数量指标|建设法治文化公园或长廊|建设法治文化公园或长廊|1个|行业标准",
                "产出指标|质量指标|法治公园或长廊法治元素建设合格率|法治公园或长廊法治元素建设含格率|100%|行业标准",
                "产出指标|时效指标|按时支付资金|按时支付资金|按需资金|行业标准",
                "产出指标|成本指标|项目成本|项目成本|小于等于2.1万元|行业标准",
                "效益指标|社会效益指标|增添法治元素`营造法治氛围|增添法治元素`营造法治氛围|土曾力口|行业标准",
                "满意度指标|服务对象满意度指标|法治元素建设单位满意|法治元素建设单位满意|10O%|行业标准"), Seeds.rows(p.get(4)));
    }

    @Test
    void rebuildsTheIndicatorsOfTheLastFiveTables() {
        assertEquals(List.of(
                "产出指标|数量指标|聘用专职人民调解员|聘用专职人民调解员|Σ2人|工作需要",
                "产出指标|质量指标|发放准确率|发放准确率|100%|工作需要",
                "产出指标|时效指标|按需拨付资金|按需拨付资金|按需拨付|工作需要",
                "产出指标|成本指标|人均经费|人均经费|人均经费3,3— 5万兀|工作需要",
                "效益指标|社会效益指标|提高幸福感|大力宣传人民调解工作`营造有矛盾找调解的社会氛围。|营造氛围|工作需要",
                "满意度指标|服务对象满意度指标|被调解人员满意度|满意和较满意的人员占比|Σ90%|工作需要"), Seeds.rows(p.get(5)));
        assertEquals(List.of(
                "产出指标|数量指标|社区矫正对象接收率|年度实际接收社区矫正对象与应接收数之比|100%|经验标准",
                "产出指标|质量指标|:兑管比lF刂|年度脱离执行地社区矫正机构的监督管理`导致下落不明的人数与年度列管人数之比|兰O,5%|经验标准",
                "产出指标|时效指标|接收矫正平均日寸间|接收矫正人员平均时间|引 0天|经验标准",
                "产出指标|成本指标|每个矫正人员教育帮扶平均费用|每个在册矫正人员教育帮扶平均费用|兰0.03万元|经验标准",
                "效益指标|社会效益指标|社区矫正对象再犯罪率|社区矫正对象再犯罪人数与列管人数之比|兰0,02%|经验标准",
                "满意度指标|服务对象满意度指标|工作人员满意度|满意和较满意的工作人员占比|≥9O%|经验标准"), Seeds.rows(p.get(6)));
        assertEquals(List.of(
                "产出指标|数量指标|工作日保障业务工作开展|工作日保障业务工作开展|Σ8/J`日寸|行业标准",
                "产出指标|质量指标|经费支出准确率|反映经费支出的准确情况|100%|行业标准",
                "产出指标|时效指标|按时间进度要求支付使用资金|按时间进度要求支付使用资金|按需支付|行业标准",
                "产出指标|成本指标|项目成本|项目成本|小于等于0,6万元|行业标准",
                "效益指标|社会效益指标|正常业务办公条件保障情况|正常业务办公条件保障情况|正常|行业标准",
                "满意度指标|服务对象满意度指标|工作人员满意率|工作人员满意率|Σ90%|行业标准"), Seeds.rows(p.get(7)));
        assertEquals(List.of(
                "产出指标|数量指标|工作日保障单位运转|反映工作日保障单位运转情况|≥8/J、日寸|行政单位法定工作时间",
                "产出指标|质量指标|经费支出准确率|反映经费支出的准确I庸况|100%|符含财务管理制度和内控要求",
                "产出指标|时效指标|按时间进度要求支付使用资金|按时间进度要求支付使用资金|按需支付|支出进度要求",
                "产出指标|成本指标|项目成本|项目成本|兰2,7万元|行业标准",
                "效益指标|社会效益指标|正常办公条件保障情况|反映正常办公条件保障情况|维护机关正常办公秩序`保障公职|维护机关正常办公秩序`保障公职人员履职需要",
                "满意度指标|服务对象满意度指标|机关工作人员满意率|机关工作人员满意率|≥90%|行业标准"), Seeds.rows(p.get(8)));
        assertEquals(List.of(
                "产出指标|数量指标|社区矫正对象接收率|年度实际接收社区矫正对象与应接收数之比|100%|冀财政法【2024】55号",
                "产出指标|质量指标|:兑管比佰刂|年度脱离执行地社区矫正机构的监督管理`导致下落不明的人数与年度列管人数之比|兰0.5%|冀财政法【2024】55号",
                "产出指标|时效指标|接收矫正平均时间|接收矫正人员平均时间|引 O天|冀财政法【2024】55号",
                "产出指标|成本指标|每个矫正人员教育帮扶平均费用|每个在册矫正人员教育帮扶平均费用|兰0,03万元|冀财政法【2024】55号",
                "效益指标|可持续影响指标|社区矫正对象再犯罪率|社区矫正对象再犯罪人数与列管人数之比|兰0,02%|冀财政法【2024】55号",
                "满意度指标|服务对象满意度指标|工作人员满意度|满意和较满意的工作人员占比|≥90%|冀财政法【2024】55号"), Seeds.rows(p.get(9)));
    }

    @Test
    void joinsTheBrokenTextFieldsWithoutSpaces() {
        ParsedTable t = p.get(0);
        assertEquals("用于支付劳务派遣人员经费", t.purpose());
        assertEquals("1,聘用劳务派遣人员 6名`协助业务股室日常工作`确保各项工作顺利完成。", t.goal());
        assertEquals("2025年运行保障经费", p.get(8).name());
    }

    @Test
    void readsTheDepartmentPartWithItsIndicatorLines() {
        ParsedTable d = Seeds.departments(upload).get(0);
        assertEquals(3, d.line());
        assertEquals("315001", d.unitCode());
        assertEquals("兴隆县司法局本级", d.unitName());
        assertEquals("兴隆县司法局部门整体绩效目标", d.name());
        assertTrue(d.goal().startsWith("一是持续推进依法治县工作,完善依法治县规范化建设各项任务。二是积极推进法治政府示范创建工作,"));
        assertTrue(d.goal().endsWith("六是扎实开展“三基建设年”行动。"));
        assertEquals(7, d.measures().split("\n").length);
        assertTrue(d.measures().startsWith("1.完善制度建设。完善我局内控制度和财务管理制度,严格执行财政预算绩效管理制度"));
        assertEquals(List.of("普法宣传工作", "律师公证管理工作", "基层司法业务工作", "法律援助工作", "法治建设工作", "社区矫正工作",
                "综合业务管理工作"), d.keyTasks().stream().map(ParsedKeyTask::name).toList());
        assertEquals("以积极争创全国法治政府建设示范县为目标,推进“放管服”改革、行政执法体制改革和行政复议体制改革。",
                d.keyTasks().get(4).expectedGoal());
        assertEquals(List.of("建设法治文化公园|1个", "聘用法律顾问|>2人", "聘用专职调解员|>2人", "接收法律援助案件|>300件",
                        "组织全县执法人员培训|>1次", "集中开展教育培训|>1次", "购置装各|>200件"),
                d.indicators().stream().map(i -> i.name() + "|" + i.target()).toList());
        assertTrue(d.indicators().stream().allMatch(i -> "产出指标".equals(i.level1()) && "数量指标".equals(i.level2())));
        assertEquals(60, d.indicators().get(1).line());
        assertWarning(d, 60, "「聘用法律顾问」没有写明级次", "产出指标/数量指标");
        assertWarning(d, 3, "没有写明单位", "315001兴隆县司法局本级");
        assertNull(d.budget());
    }
}
