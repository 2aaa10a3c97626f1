package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jixiao.importing.Seeds.assertProject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 003: 天津市滨海新区司法局 and its 法律援助中心, one cell per line, fourteen tables in 元. */
class BinhaiSeedTest {

    private final ParsedUpload upload = Seeds.parse("binhai-2024.txt");
    private final List<ParsedTable> p = Seeds.projects(upload);

    @Test
    void findsFourteenProjectTablesAndNoDepartmentPart() {
        assertEquals(14, p.size());
        assertEquals(0, Seeds.departments(upload).size());
        assertEquals(14, upload.tables().size());
        assertTrue(upload.issues().isEmpty(), upload.issues().toString());
    }

    @Test
    void readsEveryProjectTable() {
        assertProject(p.get(0), "343101", "天津市滨海新区司法局", null, "天津市滨海新区司法局多种用工人员经费", "元", "432000.00", "432000.00", null, "", 6);
        assertProject(p.get(1), "343101", "天津市滨海新区司法局", null, "2023年第二批中央转移支付资金其他经费（津财行政指【2023】24号）", "元", "309074.16", "309074.16", null, "", 6);
        assertProject(p.get(2), "343101", "天津市滨海新区司法局", null, "2023年第二批中央转移支付资金社区矫正经费（津财行政指【2023】24号）", "元", "78800.00", "78800.00", null, "", 6);
        assertProject(p.get(3), "343101", "天津市滨海新区司法局", null, "2023年第二批中央转移支付资金司法所经费（津财行政指【2023】24号）", "元", "249700.00", "249700.00", null, "", 6);
        assertProject(p.get(4), "343101", "天津市滨海新区司法局", null, "2024年提前下达中央政法转移支付资金（津财行政指【2023】72号）直达资金", "元", "1170000.00", "1170000.00", null, "", 9);
        assertProject(p.get(5), "343101", "天津市滨海新区司法局", null, "安置帮教工作专项经费", "元", "878700.00", "878700.00", null, "", 6);
        assertProject(p.get(6), "343101", "天津市滨海新区司法局", null, "法治政府创建工作专项经费", "元", "600000.00", "600000.00", null, "", 7);
        assertProject(p.get(7), "343101", "天津市滨海新区司法局", null, "公共法律服务工作专项经费", "元", "200000.00", "200000.00", null, "", 6);
        assertProject(p.get(8), "343101", "天津市滨海新区司法局", null, "关于2023年中央转移支付资金提前下达部分的通知（司法所规范化建设经费）（津财行政指【2022】81号）", "元", "99116.07", "99116.07", null, "", 6);
        assertProject(p.get(9), "343101", "天津市滨海新区司法局", null, "普法宣传专项经费", "元", "250000.00", "250000.00", null, "", 6);
        assertProject(p.get(10), "343101", "天津市滨海新区司法局", null, "司法局工作专项经费", "元", "660000.00", "660000.00", null, "", 11);
        assertProject(p.get(11), "343101", "天津市滨海新区司法局", null, "网络系统运维租赁费", "元", "200000.00", "200000.00", null, "", 6);
        assertProject(p.get(12), "343201", "天津市滨海新区法律援助中心", null, "2023年第二批中央转移支付资金法律援助工作经费（津财行政指【2023】24号）", "元", "3228.00", "3228.00", null, "", 6);
        assertProject(p.get(13), "343201", "天津市滨海新区法律援助中心", null, "法援中心工作专项经费", "元", "700000.00", "700000.00", null, "", 6);
    }

    @Test
    void readsTheFifthTablesIndicatorsWithItsRepeatedLevels() {
        assertEquals(List.of(
                "产出指标|数量指标|人民调解员补贴发放人数|人民调解员补贴发放人数|≥100人|",
                "产出指标|数量指标|法律顾问补贴人数|法律顾问补贴人数|≥100人|",
                "产出指标|质量指标|法律顾问工作人员覆盖率|法律顾问值班补贴覆盖率|100%|",
                "产出指标|质量指标|调解成功率|调解成功率|≥98%|",
                "产出指标|时效指标|工作任务按时完成率|工作任务按时完成率|≥90%|",
                "产出指标|成本指标|补贴资金|补贴资金|≤4000人/次|",
                "效益指标|社会效益指标|推动完善特色品牌调解室和行业性、专业性调解组织建设|推动完善特色品牌调解室和行业性、专业性调解组织建设|效果显著|",
                "效益指标|可持续影响指标|为群众提供免费法律服务|群众法律意识，推进法治建设|持续提高|",
                "满意度指标|服务对象满意度指标|受益群体满意度|受益群体满意度|≥90%|"),
                Seeds.rows(p.get(4)));
        assertEquals(269, p.get(4).line());
    }

    @Test
    void stripsTheBookmarkInsideAnIndicatorCell() {
        assertEquals(List.of(
                "产出指标|数量指标|制作宣传牌、道旗|制作宣传牌、道旗|≥20个|",
                "产出指标|质量指标|提高申报材料质量|聘请第三方评估服务，形成评估报告|完善各项指标申报|",
                "产出指标|时效指标|视频制作修改时效|视频制作修改时效|≤7工作日|",
                "产出指标|成本指标|法治政府创建申请经费|法治政府创建申请经费|≤60万|",
                "效益指标|社会效益指标|提高法治政府建设水平|提高法治政府建设水平|持续提升|",
                "效益指标|可持续影响指标|完成第三批法治政府建设综合示范区创建工作|提高法治政府建设水平|提高建设水平|",
                "满意度指标|服务对象满意度指标|各行政单位满意度|各行政单位满意度|≥80%|"),
                Seeds.rows(p.get(6)));
    }

    @Test
    void keepsAGoalOfSeveralParagraphs() {
        ParsedTable t = p.get(12);
        assertEquals("1.不断完善法律援助制度，实现法律援助应援尽援、应援优援\n"
                + "2.提高刑事法律援助服务质量，深入推进认罪认罚从宽工作，做好法律援助工作站律师值班工作\n"
                + "3.加强法律援助宣传，不断提高法律援助社会知晓率", t.goal());
        assertEquals("加强法律援助宣传，不断提高法律援助社会知晓率", t.purpose());
        assertEquals(List.of(
                "产出指标|数量指标|法律援助案件数量|法律援助全年案件总数|≥900件|",
                "产出指标|质量指标|法律援助基本对象覆盖率|法律援助基本对象覆盖率|100%|",
                "产出指标|时效指标|法律援助案件补贴发放及时性|法律规定时效|是|",
                "产出指标|成本指标|法律援助案件补贴|法律援助案件补贴|≤20万元/年|",
                "效益指标|社会效益指标|有效保障公民合法权益|有效保障公民合法权益|效果显著|",
                "满意度指标|服务对象满意度指标|法律援助案件办理满意度|援助对象满意度|≥90%|"),
                Seeds.rows(t));
    }
}
