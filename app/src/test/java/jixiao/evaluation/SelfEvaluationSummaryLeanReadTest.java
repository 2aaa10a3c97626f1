package jixiao.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jixiao.access.Caller;
import jixiao.access.Role;
import jixiao.evaluation.department.DepartmentPart;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectService;
import jixiao.project.ProjectSummary;
import jixiao.reporting.ReportingPeriods;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.SeedImports;
import jixiao.testing.World;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static jixiao.evaluation.Fixtures.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summaries read projects the lean way ({@link ProjectService#listForScoring}, and a department's lines
 * {@link ProjectService#getAllForScoring}: no spend plan, guesses or
 * warnings, jOOQ instead of the entity mapping) and score a project's row without building its sheet or its texts
 * ({@link SelfEvaluationSheets#summaryRow}); their rows must be exactly those of the full sheets
 * ({@link SelfEvaluationService#sheets}, the pages' and the pack's path). Compared on the seeds (乐亭 with its
 * department target approved and so frozen, 兴隆's OCR'd tables, 花都's department with its budget summary) and a
 * generated set: levels written every way, own weights adding up or not, no indicators, 元 and 万元, reports counting
 * or not, none at all, and sheets not started, saved, submitted and approved.
 */
@MicronautTest(transactional = false)
class SelfEvaluationSummaryLeanReadTest {

    private static final int YEAR = 2161;

    @Inject
    EmbeddedServer server;

    @Inject
    SelfEvaluationService evaluations;

    @Inject
    ProjectService projects;

    @Inject
    DSLContext db;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    ReportingPeriods periods;

    Http bureau;
    Http finance;

    @Test
    void leanSummaryRowsEqualTheFullSheetsRows() {
        World world = new World(server.getURL().toString());
        String leting = world.unit("乐亭县司法局" + World.next());
        String huadu = world.unit("花都区司法局" + World.next());
        String generated = world.unit("生成单位" + World.next());
        bureau = world.script(world.user("BUREAU", List.of(leting, huadu, generated)));
        finance = world.script(world.user("FINANCE", List.of()));

        // the seeds: 乐亭 (a department target and five projects) with 兴隆's OCR'd tables in the same unit
        SeedImports.importText(bureau, SeedImports.leting(leting, SeedImports.codePrefix()), YEAR, leting);
        SeedImports.importText(bureau, SeedImports.xinglong(leting, SeedImports.codePrefix()), YEAR, leting);
        Http.Response huaduImport = finance.postText("/api/imports/target-tables?year=" + YEAR
                + "&dryRun=false&confirmYear=true&unitCode=" + huadu, SeedImports.seed("huadu-department.txt"));
        assertEquals(200, huaduImport.status(), huaduImport.body());

        List<Long> letingIds = ids(leting);
        long departmentFound = -1;
        List<Long> letingProjects = new ArrayList<>();
        for (JsonNode p : Json.parse(bureau.get("/api/projects?year=" + YEAR + "&unitCode=" + leting).body())) {
            if (p.get("kind").asText().equals("DEPARTMENT")) {
                departmentFound = p.get("id").asLong();
            } else {
                letingProjects.add(p.get("id").asLong());
            }
        }
        long department = departmentFound;
        assertTrue(department > 0 && letingProjects.size() > 5, letingIds.toString());

        // the generated set, with reports written as the reporting feature stores them
        YearEndReportRows reports = new YearEndReportRows(db, tx, periods);
        long june = reports.period(YEAR, 6);
        long december = reports.period(YEAR, 12);
        List<Long> generatedIds = new ArrayList<>();
        String[][] levels = {
                {"产出指标", "效益指标", "满意度指标"},
                {"1-产出指标", "2-效益指标", "3-满意度指标"},
                {"产出 指标", "效益", "满意度指标"},
                {"产出指标", "成本指标", "效益指标", "满意度指标"},
                {"产出指标", "效益指标"},
                {},
        };
        for (int n = 0; n < 12; n++) {
            Map<String, Object> p = Projects.leting(generated, SeedImports.codePrefix() + n, "生成项目" + n + "-" + World.next());
            p.put("year", YEAR);
            if (n % 3 == 1) {
                p.put("moneyUnit", "元");
                p.put("budget", "30000");
                p.put("fiscalFunds", "25000");
                p.put("otherFunds", "5000");
            }
            List<Map<String, Object>> indicators = new ArrayList<>();
            String[] own = levels[n % levels.length];
            for (int k = 0; k < own.length; k++) {
                Map<String, Object> quantity = Projects.indicator(own[k], "数量指标", "数量" + k, "≥" + (6 + k) + "次");
                Map<String, Object> quality = Projects.indicator(own[k], "质量指标", "质量" + k, "明显提升");
                if (n % 4 == 2) {
                    // own weights: 90 in all for one project, 91 (unbalanced) for the next such one
                    quantity.put("weight", k == 0 && n != 2 ? "16" : "15");
                    quality.put("weight", "15");
                }
                indicators.add(quantity);
                indicators.add(quality);
            }
            p.put("indicators", indicators);
            long id = Projects.create(bureau, p);
            generatedIds.add(id);
            if (n % 4 != 3) {
                // three in four reported: 6月底 submitted (counts) with an adjusted budget, 12月底 as a draft (counts)
                long r6 = reports.report(id, june, n % 2 == 0 ? "SUBMITTED" : "DRAFT", "10000", n % 2 == 0 ? "32000" : null);
                long r12 = reports.report(id, december, "DRAFT", n % 5 == 0 ? null : String.valueOf(20000 + n * 1000), null);
                JsonNode rows = Json.parse(bureau.get("/api/projects/" + id).body()).get("indicators");
                for (int k = 0; k < rows.size(); k++) {
                    long indicator = rows.get(k).get("id").asLong();
                    boolean quantitative = rows.get(k).get("name").asText().startsWith("数量");
                    reports.progress(r6, indicator, quantitative ? "3" : null, quantitative ? null : "PARTIAL");
                    if (k % 2 == 0 || quantitative) {
                        reports.progress(r12, indicator, quantitative ? String.valueOf(5 + k + n % 3) : null,
                                quantitative ? null : "ACHIEVED");
                    }
                }
            }
        }

        // sheets in every state: saved, submitted, approved; the rest not started
        evaluate(generatedIds.get(0), "30000", "30000", "28500");
        evaluate(generatedIds.get(1), "30000", "32000", "12000");
        evaluate(generatedIds.get(4), "30000", "30000", "30000");
        evaluate(generatedIds.get(6), "25000", "30000", "29000");
        evaluate(generatedIds.get(0), "30000", "30000", "30000");
        submit(generatedIds.get(0));
        evaluate(generatedIds.get(8), "25000", "30000", "29000");
        submit(generatedIds.get(8));
        approve(generatedIds.get(8));
        evaluate(letingProjects.get(0), "30000", "30000", "28500");
        evaluate(letingProjects.get(2), "220000", "200000", "150000");
        submit(letingProjects.get(2));
        approve(letingProjects.get(2));

        // 乐亭's department target approved: its projects frozen as they were, then one of them changes
        approveDepartment(department);
        evaluate(letingProjects.get(0), "30000", "30000", "10000");

        Caller all = Caller.system("lean-read");
        for (String unit : new String[]{leting, huadu, generated, null}) {
            assertSameRows(all, unit);
        }
        long unitId = projects.get(all, generatedIds.get(0)).unitId();
        Caller ofUnit = new Caller(null, "bureau-of-unit", Role.BUREAU, Set.of(unitId), null, null);
        assertSameRows(ofUnit, generated);
        assertSameRows(ofUnit, null);

        // what the test covers: every state, department rows, projects without reports
        List<EvaluationSummaryRow> rows = evaluations.summary(all, YEAR, null, null, null);
        Set<String> states = new HashSet<>();
        rows.forEach(r -> states.add(r.status()));
        assertEquals(Set.of("NOT_STARTED", "DRAFT", "SUBMITTED", "APPROVED"), states);
        assertTrue(rows.stream().filter(EvaluationSummaryRow::isDepartment).count() >= 2, "乐亭's and 花都's department rows");
        assertEquals("APPROVED", rows.stream().filter(r -> r.projectId() == department).findFirst().orElseThrow().status());

        // a department's project lines, read the lean way, are the lines of the projects' full sheets
        long huaduDepartment = evaluations.summary(all, YEAR, huadu, null, null).stream()
                .filter(EvaluationSummaryRow::isDepartment).findFirst().orElseThrow().projectId();
        for (long target : new long[]{huaduDepartment}) {
            SelfEvaluationView sheet = evaluations.get(all, target);
            ProjectDetails details = projects.get(all, target);
            List<DepartmentPart.ProjectLine> full = evaluations.sheets(all, projects.departmentProjectIds(details))
                    .stream().map(SelfEvaluationService.EvaluatedProject::departmentLine).toList();
            assertNotNull(sheet.department());
            assertEquals(full, sheet.department().projects());
        }
        // the not-approved 乐亭 lines (live) equal the full path too: read them through a fresh department-less check
        List<DepartmentPart.ProjectLine> letingLive = evaluations.sheets(all,
                projects.departmentProjectIds(projects.get(all, department))).stream()
                .map(SelfEvaluationService.EvaluatedProject::departmentLine).toList();
        assertFalse(letingLive.isEmpty());
    }

    /** The summary (lean) against the full sheets of the same projects, for one unit or the whole year. */
    private void assertSameRows(Caller caller, String unit) {
        List<Long> ids = projects.list(caller, YEAR, unit).stream().map(ProjectSummary::id).toList();
        assertEquals(ids, projects.listForScoring(caller, YEAR, unit).stream().map(ProjectDetails::id).toList(),
                "the same projects in the same order");
        // the same projects read by id (a department's lines) and by unit and year (a summary)
        assertEquals(projects.getAllForScoring(caller, ids), projects.listForScoring(caller, YEAR, unit));
        List<EvaluationSummaryRow> full = evaluations.sheets(caller, ids).stream()
                .map(SelfEvaluationService.EvaluatedProject::summaryRow).toList();
        List<EvaluationSummaryRow> lean = evaluations.summary(caller, YEAR, unit, null, null);
        assertFalse(lean.isEmpty(), "unit " + unit);
        assertEquals(full, lean, "unit " + unit);
        // filtered by state and by department before the rows are scored: the same rows as filtering the full ones
        for (String state : List.of("NOT_STARTED", "DRAFT", "SUBMITTED", "APPROVED")) {
            assertEquals(full.stream().filter(r -> r.status().equals(state)).toList(),
                    evaluations.summary(caller, YEAR, unit, null, state), "unit " + unit + " " + state);
        }
        for (String department : full.stream().map(EvaluationSummaryRow::departmentName)
                .filter(java.util.Objects::nonNull).distinct().toList()) {
            assertEquals(full.stream().filter(r -> department.equals(r.departmentName())).toList(),
                    evaluations.summary(caller, YEAR, unit, department, null), "unit " + unit + " " + department);
        }
    }

    private List<Long> ids(String unit) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode p : Json.parse(bureau.get("/api/projects?year=" + YEAR + "&unitCode=" + unit).body())) {
            ids.add(p.get("id").asLong());
        }
        return ids;
    }

    private static String path(long id) {
        return "/api/projects/" + id + "/self-evaluation";
    }

    private JsonNode get(long id) {
        return Json.parse(bureau.get(path(id)).body());
    }

    private void evaluate(long id, String initial, String fullYear, String executed) {
        Http.Response saved = bureau.putJson(path(id), Json.write(Fixtures.onTarget(get(id), initial, fullYear, executed,
                "按计划完成")));
        assertEquals(200, saved.status(), saved.body());
    }

    private void submit(long id) {
        Http.Response submitted = bureau.postJson(path(id) + "/submit", "{\"version\":" + get(id).get("version").asLong() + "}");
        assertEquals(200, submitted.status(), submitted.body());
    }

    private void approve(long id) {
        Http.Response approved = finance.postJson(path(id) + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
    }

    /** Indicators added to the department target, its own entries saved, then submitted and approved. */
    private void approveDepartment(long department) {
        JsonNode target = Json.parse(bureau.get("/api/projects/" + department).body());
        ObjectNode in = (ObjectNode) Json.parse(Json.write(Map.of()));
        for (String field : List.of("year", "unitCode", "unitName", "departmentName", "kind", "code", "name", "moneyUnit",
                "budget", "fiscalFunds", "otherFunds", "purpose", "goal", "measures", "attribute", "term",
                "managingOffice", "version")) {
            if (target.has(field)) {
                in.set(field, target.get(field));
            }
        }
        in.set("spendPlan", target.get("spendPlan"));
        in.set("keyTasks", Json.parse(Json.write(target.get("keyTasks"))));
        in.set("indicators", Json.parse(Json.write(List.of(
                Projects.indicator("产出指标", "数量指标", "开展普法宣传活动", "≥55场"),
                Projects.indicator("效益指标", "社会效益指标", "维护社会稳定", "明显提升"),
                Projects.indicator("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%")))));
        Http.Response updated = bureau.putJson("/api/projects/" + department, in.toString());
        assertEquals(200, updated.status(), updated.body());

        JsonNode sheet = get(department);
        JsonNode rows = sheet.get("indicators");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("moneyUnit", "万元");
        input.put("basicInitial", "300");
        input.put("basicFullYear", "310");
        input.put("basicExecuted", "305.5");
        input.put("achievement", "全年开展普法宣传60场");
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (int i = 1; i <= sheet.get("department").get("keyTasks").size(); i++) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("position", i);
            t.put("executed", "");
            t.put("completion", "已按计划完成第" + i + "项任务");
            t.put("grade", "ACHIEVED");
            tasks.add(t);
        }
        input.put("keyTasks", tasks);
        input.put("indicators", List.of(
                entry(rows.get(0), "60", null, null, null),
                entry(rows.get(1), null, "ACHIEVED", "30", null),
                entry(rows.get(2), "96", null, null, null)));
        Http.Response saved = bureau.putJson(path(department), Json.write(input));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("[]", Json.parse(saved.body()).get("problems").toString(), saved.body());
        submit(department);
        approve(department);
    }
}
