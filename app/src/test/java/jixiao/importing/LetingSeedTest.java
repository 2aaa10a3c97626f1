package jixiao.importing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static jixiao.importing.Seeds.assertProject;
import static jixiao.importing.Seeds.assertWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 000: 乐亭县司法局 2024, one cell per line, a department part then five project tables. */
class LetingSeedTest {

    private final ParsedUpload upload = Seeds.parse("leting-2024.txt");
    private final List<ParsedTable> p = Seeds.projects(upload);

    @Test
    void findsOneDepartmentPartThenFiveProjectTables() {
        assertEquals(6, upload.tables().size());
        assertEquals(1, Seeds.departments(upload).size());
        assertEquals(5, p.size());
        assertEquals(TableKind.DEPARTMENT, upload.tables().get(0).kind());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), upload.tables().stream().map(ParsedTable::ordinal).toList());
        assertEquals(0, Seeds.errors(upload));
    }

    @Test
    void readsEveryProjectTable() {
        assertProject(p.get(0), "315001", "乐亭县司法局本级", "13022524P000R2410016N", "法制建设", "万元", "3.00", "3.00", null, "3:25 6:50 10:75 12:100", 5);
        assertProject(p.get(1), "315001", "乐亭县司法局本级", "13022524P000R2410017A", "提前下达基层公检法司转移支付配套资金唐财政法[2023]2号", "万元", "5.00", "5.00", null, "3:25 6:50 10:75 12:100", 5);
        assertProject(p.get(2), "315001", "乐亭县司法局本级", "13022524P000R2410018X", "提前下达中央政法纪检监察转移支付资金唐财政法[2023]3号", "万元", "22.00", "22.00", null, "3:25 6:50 10:75 12:100", 6);
        assertProject(p.get(3), "315001", "乐亭县司法局本级", "13022524P00P64X10003L", "业务装备费提前下达中央政法纪检监察转移支付资金唐财政法[2023]3号", "万元", "18.00", "18.00", null, "3:25 6:50 10:75 12:100", 6);
        assertProject(p.get(4), "315001", "乐亭县司法局本级", "13022524P00Q70710007K", "2024年省级社区矫正补助资金唐财政法[2023]17号", "万元", "2.42", "2.42", null, "3:25 6:50 10:75 12:100", 5);
    }

    @Test
    void readsTheTextFieldsAndWhereEachTableStarts() {
        ParsedTable first = p.get(0);
        assertEquals(29, first.line());
        assertEquals("用于法制建设等日常办案费用", first.purpose());
        assertEquals("1.完成县政府交办的各项事务，维护社会稳定", first.goal());
        assertEquals(371, p.get(4).line());
        assertTrue(p.stream().allMatch(t -> t.issues().isEmpty()), "clean Word text needs no guess");
    }

    @Test
    void readsTheIndicatorsOfTheFirstTable() {
        assertEquals(List.of(
                "产出指标|数量指标|开展行政执法培训|开展行政执法培训|≥6次|年初预算安排",
                "产出指标|时效指标|及时完成|及时完成|及时完成|年初预算安排",
                "产出指标|成本指标|控制在预算内|控制在预算内|控制在预算内|年初预算安排",
                "效益指标|社会效益指标|维护社会稳定|维护社会稳定|明显提升|年初预算安排",
                "满意度指标|服务对象满意度指标|服务对象满意度|服务对象满意度|≥95%|年初预算安排"),
                Seeds.rows(p.get(0)));
        assertEquals(73, p.get(0).indicators().get(0).line());
    }

    @Test
    void readsTheIndicatorsOfTheThirdAndFifthTables() {
        assertEquals(List.of(
                "产出指标|数量指标|普法宣传场次|普法宣传场次|≥55场|年初预算安排",
                "产出指标|质量指标|基层法律服务工作者执业核准率|基层法律服务工作者执业核准率|≥95%|年初预算安排",
                "产出指标|时效指标|及时完成|及时完成|及时完成|年初预算安排",
                "产出指标|成本指标|控制在预算内|控制在预算内|控制在预算内|年初预算安排",
                "效益指标|社会效益指标|维护社会稳定|维护社会稳定|明显提升|年初预算安排",
                "满意度指标|服务对象满意度指标|服务对象满意度|服务对象满意度|≥95%|年初预算安排"),
                Seeds.rows(p.get(2)));
        assertEquals("产出指标|数量指标|社区矫正人数(人）|社区矫正人数(人）|≥150人|年初预算安排",
                Seeds.row(p.get(4).indicators().get(0)));
    }

    @Test
    void readsTheDepartmentPartAndTakesTheUnitOfTheProjectTables() {
        ParsedTable d = Seeds.departments(upload).get(0);
        assertEquals(2, d.line());
        assertEquals("315001", d.unitCode());
        assertEquals("乐亭县司法局本级", d.unitName());
        assertNull(d.departmentName());
        assertEquals("乐亭县司法局部门整体绩效目标", d.name());
        assertNull(d.moneyUnit(), "the department part states no amount");
        assertTrue(d.goal().startsWith("贯彻落实国家司法行政工作方针政策，提升全县司法行政管理水平。\n(1).积极推进社区矫正管理体系建设："));
        assertEquals(7, d.goal().split("\n").length);
        assertTrue(d.measures().startsWith("(1).普法宣传：落实普法责任制"), "the [bookmark] before it is stripped");
        assertTrue(d.measures().endsWith("强化行政机关自我纠错的层级监督。"));
        assertEquals(List.of("普法宣传", "基层司法业务指导", "法律援助", "社区矫正", "其他司法业务工作", "法治建设工作"),
                d.keyTasks().stream().map(ParsedKeyTask::name).toList());
        assertTrue(d.keyTasks().get(0).expectedGoal().startsWith("进一步推进普法，巩固大普法格局。"));
        assertNull(d.keyTasks().get(0).funds());
        assertTrue(d.indicators().isEmpty());
        assertWarning(d, 2, "没有写明单位", "315001乐亭县司法局本级");
    }
}
