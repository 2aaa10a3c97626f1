package jixiao.monitoring;

import jixiao.testing.Http;
import jixiao.testing.Projects;
import jixiao.testing.World;

import java.util.List;
import java.util.Map;

/**
 * Four seed projects of one unit in a fiscal year of their own, with reporting periods 3月底 and
 * 6月底 (due 4月10日 and 7月10日) and chosen reports, as monitored on 7月15日:
 * <ul>
 * <li>乐亭 法制建设 (plan 25/50/75/100, 3.00万元): 0.93万元 spent by 6月底, 31% against 50% → YELLOW;
 *     维护社会稳定 部分达成 → YELLOW.</li>
 * <li>兴隆 劳务派遣 (blank checkpoints: only 6月底 50% and 12月底 100%, 10万元): 2万元 by 6月底, 20%
 *     against 50% → RED; 劳务派遣人数 6人 reported 6 → held headcount, GREEN; 满意度 Σ9O% reported 95
 *     but 完全不可能 → RED.</li>
 * <li>彭阳 案件补贴 (no plan, 35万元): only its 3月底 report is submitted (its 6月底 one is a draft):
 *     judged at 3月底, 7万元 = 20% against 25% of the year → GREEN; 人民调解案件数量 >70 件 reported
 *     25 against 17.5 expected → BLUE; 成本 35 万元 reported 20 → GREEN; 6月底 report missing → RED.</li>
 * <li>滨海 多种用工人员经费 (no plan, 432000元): 300000 by 6月底, 69.44% against 50% → GREEN, and its
 *     indicators GREEN.</li>
 * </ul>
 */
final class MonitoringScenario {

    final int year;
    final String unit;
    final long law;
    final long xinglong;
    final long pengyang;
    final long binhai;
    final long march;
    final long june;
    final long lawJuneReport;
    final long xinglongJuneReport;
    final long pengyangJuneReport;

    MonitoringScenario(World world, Http finance, MonitoringFixtures db, int year) {
        this.year = year;
        unit = world.unit("监控测试单位");
        law = create(finance, project(year, "法制建设", "万元", "3.00",
                List.of(Projects.point(3, 25), Projects.point(6, 50), Projects.point(10, 75), Projects.point(12, 100)),
                List.of(Projects.indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次"),
                        Projects.indicator("产出指标", "时效指标", "及时完成", "及时完成"),
                        Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"),
                        Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"))));
        xinglong = create(finance, project(year, "劳务派遣人员经费", "万元", "10",
                List.of(Projects.point(6, 50), Projects.point(12, 100)),
                List.of(Projects.indicator("产出指标", "数量指标", "劳务派遣人数", "6人"),
                        Projects.indicator("满意度指标", "服务对象满意度指标", "劳务派遣人员满意度", "Σ9O%"))));
        pengyang = create(finance, project(year, "案件补贴", "万元", "35", List.of(),
                List.of(Projects.indicator("产出指标", "数量指标", "人民调解案件数量", ">70 件"),
                        Projects.indicator("产出指标", "成本指标", "案件补贴", "35 万元"))));
        binhai = create(finance, project(year, "多种用工人员经费", "元", "432000", List.of(),
                List.of(Projects.indicator("产出指标", "数量指标", "配备社区矫正社工", "≥6人"),
                        Projects.indicator("产出指标", "质量指标", "社矫对象脱管漏管率", "≤1%"))));

        march = db.period(year, 3);
        june = db.period(year, 6);

        db.report(law, march, "APPROVED", "7500", null);
        lawJuneReport = db.report(law, june, "SUBMITTED", "9300", null);
        List<Long> lawIndicators = db.indicators(law);
        db.progress(lawJuneReport, lawIndicators.get(0), "3", null, "CERTAIN");
        db.progress(lawJuneReport, lawIndicators.get(1), null, "ACHIEVED", "CERTAIN");
        db.progress(lawJuneReport, lawIndicators.get(2), null, "PARTIAL", "POSSIBLE");
        db.progress(lawJuneReport, lawIndicators.get(3), "93", null, "CERTAIN");

        db.report(xinglong, march, "SUBMITTED", "0", null);
        xinglongJuneReport = db.report(xinglong, june, "APPROVED", "20000", null);
        List<Long> xinglongIndicators = db.indicators(xinglong);
        db.progress(xinglongJuneReport, xinglongIndicators.get(0), "6", null, "CERTAIN");
        db.progress(xinglongJuneReport, xinglongIndicators.get(1), "95", null, "IMPOSSIBLE");

        long pengyangMarch = db.report(pengyang, march, "SUBMITTED", "70000", null);
        pengyangJuneReport = db.report(pengyang, june, "DRAFT", "300000", null);
        List<Long> pengyangIndicators = db.indicators(pengyang);
        db.progress(pengyangMarch, pengyangIndicators.get(0), "25", null, null);
        db.progress(pengyangMarch, pengyangIndicators.get(1), "20", null, null);

        db.report(binhai, march, "APPROVED", "100000", null);
        long binhaiJune = db.report(binhai, june, "SUBMITTED", "300000", null);
        List<Long> binhaiIndicators = db.indicators(binhai);
        db.progress(binhaiJune, binhaiIndicators.get(0), "6", null, "CERTAIN");
        db.progress(binhaiJune, binhaiIndicators.get(1), "0.5", null, "CERTAIN");
    }

    String asOf() {
        return year + "-07-15";
    }

    private Map<String, Object> project(int year, String name, String moneyUnit, String budget,
                                        List<Map<String, Object>> plan, List<Map<String, Object>> indicators) {
        Map<String, Object> p = Projects.leting(unit, "M" + year + "X" + World.next(), name + World.next());
        p.put("year", year);
        p.put("moneyUnit", moneyUnit);
        p.put("budget", budget);
        p.put("fiscalFunds", budget);
        p.put("spendPlan", plan);
        p.put("indicators", indicators);
        return p;
    }

    private static long create(Http finance, Map<String, Object> project) {
        return Projects.create(finance, project);
    }
}
