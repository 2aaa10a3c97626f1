package jixiao.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indicator layouts with typed columns (指标性质 | 指标值 | 度量单位 | 分值), points after the level
 * name, 实施期 and 年度 side by side, and notes under a table — each read from tab rows and from one cell a line.
 */
class TypedLayoutsTest {

    /** How a table reaches the import: copied as tab rows, or one cell a line (Word, the page's paste). */
    enum Shape {
        TAB_ROWS, CELL_PER_LINE;

        String of(String tabRows) {
            return this == TAB_ROWS ? tabRows : cellPerLine(tabRows);
        }
    }

    /** Rows of cells become one tab-indented line a cell and a blank line after each row; other lines stay. */
    static String cellPerLine(String tabRows) {
        StringBuilder b = new StringBuilder();
        for (String line : tabRows.split("\n", -1)) {
            if (line.indexOf('\t') < 0) {
                b.append(line).append('\n');
                continue;
            }
            for (String cell : line.split("\t", -1)) {
                b.append('\t').append(cell).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    static final String TYPED = """
            2025年农村公路养护项目绩效目标表
            单位：万元
            项目名称\t农村公路养护
            预算数\t120.00\t其中：财政资金\t120.00\t其他资金\t
            年度总体绩效目标\t完成农村公路日常养护，提升路况水平
            一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t分值\t指标方向性
            产出指标\t数量指标\t养护里程\t正向\t350\t公里\t20\t
            \t\t桥梁检查座数\t正向\t12\t座\t10\t
            \t质量指标\t优良路率\t正向\t85\t%\t10\t
            \t时效指标\t养护任务完成时限\t定性\t2025年12月31日前\t\t10\t
            \t成本指标\t每公里养护成本\t反向\t0.34\t万元/公里\t10\t
            效益指标\t社会效益指标\t群众出行条件\t定性\t明显改善\t\t15\t
            \t\t交通事故起数\t反向\t0\t起\t15\t
            满意度指标\t服务对象满意度指标\t沿线群众满意度\t定量\t90\t%\t10\t正向
            注：1.指标性质填正向、反向或定性。
            2.分值合计90分，预算执行率10分另计。
            """;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsOneRowPerIndicatorWithTypedColumns(Shape shape) {
        ParsedTable t = single(shape.of(TYPED));
        assertEquals("农村公路养护", t.name());
        assertEquals("完成农村公路日常养护，提升路况水平", t.goal());
        assertIndicators(t, List.of(
                "产出指标|数量指标|养护里程|≥350公里|20",
                "产出指标|数量指标|桥梁检查座数|≥12座|10",
                "产出指标|质量指标|优良路率|≥85%|10",
                "产出指标|时效指标|养护任务完成时限|2025年12月31日前|10",
                "产出指标|成本指标|每公里养护成本|≤0.34万元/公里|10",
                "效益指标|社会效益指标|群众出行条件|明显改善|15",
                "效益指标|社会效益指标|交通事故起数|≤0起|15",
                "满意度指标|服务对象满意度指标|沿线群众满意度|≥90%|10"));
        assertNoIssueMentions(t, "注", "分值合计", "指标性质填");
    }

    static final String WORDS_AND_POINTS = """
            2025年村级公益事业一事一议奖补资金绩效目标表
            项目名称\t一事一议奖补
            预算数\t80
            一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位
            产出指标(50分)\t数量指标\t奖补项目个数\t大于等于\t20\t个
            \t质量指标\t项目验收合格率\t等于\t100\t%
            \t成本指标\t单个项目奖补标准\t小于等于\t4\t万元/个
            效益指标（30分）\t社会效益指标\t受益群众人数\t不低于\t5000\t人
            \t可持续影响指标\t设施使用年限\t不少于\t10\t年
            满意度指标 10分\t服务对象满意度指标\t受益群众满意度\t大于\t90\t%
            """;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsComparisonWordsAndSharesPointsWrittenWithTheLevel(Shape shape) {
        ParsedTable t = single(shape.of(WORDS_AND_POINTS));
        assertIndicators(t, List.of(
                "产出指标|数量指标|奖补项目个数|≥20个|16.67",
                "产出指标|质量指标|项目验收合格率|100%|16.67",
                "产出指标|成本指标|单个项目奖补标准|≤4万元/个|16.66",
                "效益指标|社会效益指标|受益群众人数|≥5000人|15",
                "效益指标|可持续影响指标|设施使用年限|≥10年|15",
                "满意度指标|服务对象满意度指标|受益群众满意度|>90%|10"));
        assertTrue(messages(t).stream().anyMatch(m -> m.contains("“产出指标”写明50分") && m.contains("16.67、16.67、16.66")),
                messages(t).toString());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsTheLevelsOwnWeightColumnAndChecksItAgainstTheIndicators(Shape shape) {
        ParsedTable t = single(shape.of(published("typed-hktianyi-level-weight-column.txt")));
        assertIndicators(t, List.of(
                "产出指标|数量指标|进出境动植物检疫完成率|100%|8",
                "产出指标|数量指标|出入境人员/行李/货物/集装箱/交通工具/特殊物品/尸体骸骨/邮包卫生检疫完成率|100%|8",
                "产出指标|质量指标|输入性医学媒介生物截获率|100%|5",
                "产出指标|时效指标|安全风险监控计划完成率|100%|6"));
        assertTrue(messages(t).stream().anyMatch(m -> m.contains("“产出指标”写明25分，其三级指标分值合计27分")),
                messages(t).toString());
    }

    static final String PERIOD_AND_YEAR = """
            2025年高标准农田建设项目绩效目标表
            项目名称\t高标准农田建设
            预算数\t500
            一级指标\t二级指标\t三级指标\t实施期指标值\t年度指标值\t计量单位
            产出指标\t数量指标\t新建高标准农田面积\t30000\t10000\t亩
            \t质量指标\t工程验收合格率\t100\t100\t%
            效益指标\t经济效益指标\t亩均增产\t≥50\t≥50\t公斤
            满意度指标\t服务对象满意度指标\t农户满意度\t≥90%\t≥85%\t%
            """;

    @ParameterizedTest
    @EnumSource(Shape.class)
    void takesTheYearsTargetAndKeepsTheImplementationPeriods(Shape shape) {
        ParsedTable t = single(shape.of(PERIOD_AND_YEAR));
        assertIndicators(t, List.of(
                "产出指标|数量指标|新建高标准农田面积|10000亩|",
                "产出指标|质量指标|工程验收合格率|100%|",
                "效益指标|经济效益指标|亩均增产|≥50公斤|",
                "满意度指标|服务对象满意度指标|农户满意度|≥85%|"));
        assertEquals(List.of("30000亩", "100%", "≥50公斤", "≥90%"),
                t.indicators().stream().map(ParsedIndicator::periodTarget).toList());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsMidTermAndYearTargetColumnsUnderTheirOtherNames(Shape shape) {
        String text = """
                项目名称\t乡村振兴示范村建设
                预算数\t200
                一级指标\t二级指标\t三级指标\t指标性质\t中期目标\t年度目标\t度量单位\t权重(%)
                产出指标\t数量指标\t建成示范村\t正向\t15\t5\t个\t40
                效益指标\t社会效益指标\t村容村貌\t定性\t显著改善\t有所改善\t\t40
                满意度指标\t服务对象满意度指标\t村民满意度\t正向\t95\t90\t%\t10
                """;
        ParsedTable t = single(shape.of(text));
        assertIndicators(t, List.of(
                "产出指标|数量指标|建成示范村|≥5个|40",
                "效益指标|社会效益指标|村容村貌|有所改善|40",
                "满意度指标|服务对象满意度指标|村民满意度|≥90%|10"));
        assertEquals(List.of("≥15个", "显著改善", "≥95%"), t.indicators().stream().map(ParsedIndicator::periodTarget).toList());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void aSecondHeaderRowNamesThePeriodsUnderOneValueHeading(Shape shape) {
        String text = """
                项目名称\t困难群众救助
                预算数\t300
                一级指标\t二级指标\t三级指标\t指标值\t
                \t\t\t实施期\t年度
                产出指标\t数量指标\t农村低保发放人数\t≥3000人\t≥1000人
                满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t≥90%
                """;
        ParsedTable t = single(shape.of(text));
        assertEquals(List.of("≥1000人", "≥90%"), t.indicators().stream().map(ParsedIndicator::target).toList());
        assertEquals(List.of("≥3000人", "≥90%"), t.indicators().stream().map(ParsedIndicator::periodTarget).toList());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void notesUnderATableAreNeitherIndicatorsNorPartOfOne(Shape shape) {
        String text = """
                项目名称\t法律援助
                预算数\t35
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t办理法律援助案件\t≥300件
                满意度指标\t服务对象满意度指标\t受援人满意度\t≥95%
                注：本表指标值为年度指标值\t\t\t
                注1.一级指标分值按产出50、效益30、满意度10计。
                说明：指标值确定依据见附件。
                备注：成本指标不适用。
                填报说明
                1.三级指标应细化量化。
                2.定性指标填写达成标准。
                """;
        ParsedTable t = single(shape.of(text));
        assertIndicators(t, List.of(
                "产出指标|数量指标|办理法律援助案件|≥300件|",
                "满意度指标|服务对象满意度指标|受援人满意度|≥95%|"));
        assertNoIssueMentions(t, "注", "说明", "备注", "三级指标应细化", "定性指标填写");
    }

    @Test
    void aNoteAfterTheGoalIsNotAppendedToIt() {
        String text = """
                项目名称\t普法宣传
                预算数\t3
                年度总体绩效目标\t开展普法宣传活动
                扩大普法覆盖面
                说明：本目标由司法局填报
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t普法宣传场次\t≥55场
                """;
        ParsedTable t = single(text);
        assertEquals("开展普法宣传活动\n扩大普法覆盖面", t.goal());
        assertEquals(1, t.indicators().size());
    }

    @Test
    void aTableAfterItsNotesStartsAfresh() {
        String text = """
                1.法制建设绩效目标表
                项目名称\t法制建设
                预算数\t3
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t开展培训\t≥6次
                注：以上指标为年度指标。
                2.普法宣传绩效目标表
                项目名称\t普法宣传
                预算数\t5
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t普法宣传场次\t≥55场
                """;
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(List.of("法制建设", "普法宣传"), u.tables().stream().map(ParsedTable::name).toList());
        assertEquals(List.of(1, 1), u.tables().stream().map(x -> x.indicators().size()).toList());
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void saysWhatItCouldNotReadInATypedRow(Shape shape) {
        String text = """
                项目名称\t道路保洁
                预算数\t50
                一级指标\t二级指标\t三级指标\t指标性质\t指标值\t计量单位\t分值
                产出指标\t数量指标\t保洁面积\t较好\t20\t万平方米\t十分
                \t质量指标\t保洁达标率\t反向\t≥95%\t%\t20
                """;
        ParsedTable t = single(shape.of(text));
        assertIndicators(t, List.of(
                "产出指标|数量指标|保洁面积|20万平方米|",
                "产出指标|质量指标|保洁达标率|≥95%|20"));
        List<String> m = messages(t);
        assertTrue(m.stream().anyMatch(x -> x.contains("“保洁面积”的指标性质「较好」无法识别")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.contains("“保洁面积”的分值「十分」不是数字")), m.toString());
        assertTrue(m.stream().anyMatch(x -> x.contains("“保洁达标率”的指标值“≥95%”") && x.contains("相反")), m.toString());
        assertTrue(t.issues().stream().allMatch(i -> i.where().contains("第")), t.issues().toString());
    }

    @Test
    void theSeedLayoutsKeepTheirWeightsEmpty() {
        for (String seed : List.of("leting-2024.txt", "binhai-2024.txt", "pengyang-2024.txt")) {
            ParsedUpload u = TargetTableTextParser.parse(ImportApiTest.seed(seed));
            assertTrue(u.tables().stream().flatMap(x -> x.indicators().stream()).allMatch(i -> i.weight() == null), seed);
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void readsThePublishedSelfEvaluationTableWithItsWeights(Shape shape) {
        ParsedTable t = single(shape.of(published("typed-dyrmt-selfeval-weights.txt")));
        assertIndicators(t, List.of(
                "产出指标|数量指标|足额保障率|=100%|22.5",
                "产出指标|数量指标|科目调整次数|≤10次|22.5",
                "产出指标|时效指标|按时发放率|=100%|22.5",
                "效益指标|经济效益指标|结余率(计算方法为:结余数/预算数)|≤5%|22.5"));
        assertNoIssueMentions(t, "合计");
    }

    // ---- helpers ----

    static String published(String name) {
        try (InputStream in = TypedLayoutsTest.class.getResourceAsStream("/published/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedTable single(String text) {
        ParsedUpload u = TargetTableTextParser.parse(text);
        assertEquals(1, u.tables().size(), u.issues().toString());
        assertFalse(u.hasErrors(), u.issues().toString());
        return u.tables().get(0);
    }

    /** Each expected indicator as "一级|二级|三级|target|weight" (weight blank for none). */
    private static void assertIndicators(ParsedTable t, List<String> expected) {
        List<String> actual = new ArrayList<>();
        for (ParsedIndicator i : t.indicators()) {
            actual.add(String.join("|", i.level1(), i.level2(), i.name(), i.target(), i.weight() == null ? "" : i.weight()));
        }
        assertEquals(expected, actual, messages(t).toString());
    }

    private static List<String> messages(ParsedTable t) {
        return t.issues().stream().map(i -> i.where() + "：" + i.message()).toList();
    }

    private static void assertNoIssueMentions(ParsedTable t, String... texts) {
        for (ImportIssue i : t.issues()) {
            for (String text : texts) {
                assertFalse(i.message().contains(text), "“" + text + "” in " + i);
            }
        }
        assertNull(t.indicators().stream().filter(i -> i.name() != null
                && (i.name().startsWith("注") || i.name().startsWith("说明") || i.name().startsWith("合计"))).findAny().orElse(null));
    }
}
