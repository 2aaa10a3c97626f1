package jixiao.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Project JSON bodies for tests, modelled on 乐亭's 法制建设 table. */
public final class Projects {

    private Projects() {
    }

    public static Map<String, Object> leting(String unitCode, String code, String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("year", 2024);
        p.put("unitCode", unitCode);
        p.put("code", code);
        p.put("name", name);
        p.put("moneyUnit", "万元");
        p.put("budget", "3.00");
        p.put("fiscalFunds", "3.00");
        p.put("otherFunds", "0");
        p.put("purpose", "用于法制建设等日常办案费用");
        p.put("goal", "1.完成县政府交办的各项事务，维护社会稳定");
        p.put("spendPlan", List.of(point(3, 25), point(6, 50), point(10, 75), point(12, 100)));
        List<Map<String, Object>> indicators = new ArrayList<>();
        indicators.add(indicator("产出指标", "数量指标", "开展行政执法培训", "≥6次"));
        indicators.add(indicator("产出指标", "时效指标", "及时完成", "及时完成"));
        indicators.add(indicator("产出指标", "成本指标", "控制在预算内", "控制在预算内"));
        indicators.add(indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"));
        indicators.add(indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"));
        p.put("indicators", indicators);
        return p;
    }

    public static Map<String, Object> point(int month, Object percent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", month);
        m.put("percent", percent);
        return m;
    }

    public static Map<String, Object> indicator(String level1, String level2, String name, String target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("level1", level1);
        m.put("level2", level2);
        m.put("name", name);
        m.put("description", name);
        m.put("target", target);
        m.put("basis", "年初预算安排");
        m.put("weight", null);
        return m;
    }

    /** Creates the project through the API; returns its id. */
    public static long create(Http http, Map<String, Object> project) {
        Http.Response r = http.postJson("/api/projects", Json.write(project));
        if (r.status() != 201) {
            throw new AssertionError("project not created: " + r.status() + " " + r.body());
        }
        return Json.parse(r.body()).get("id").asLong();
    }
}
