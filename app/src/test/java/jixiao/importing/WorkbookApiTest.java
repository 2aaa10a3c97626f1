package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.project.ProjectDetails;
import jixiao.project.ProjectInput;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Excel in and out over HTTP against the running app: every seed imported, exported, read back and
 * imported again without a change; scoped exports; the template; bad files refused with nothing stored.
 */
@MicronautTest
class WorkbookApiTest {

    private static final String IMPORT = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;
    @Inject
    ObjectMapper mapper;

    World world;
    Http finance;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        finance = world.script(world.user("FINANCE", List.of()));
    }

    /**
     * Each seed in a year of its own and with fresh unit codes (乐亭 and 兴隆 both publish 315001), so
     * it meets no project of another test.
     */
    @ParameterizedTest
    @CsvSource({"leting-2024.txt,2081,false", "huadu-department.txt,2082,true", "pengyang-2024.txt,2083,true",
            "binhai-2024.txt,2084,false", "xinglong-2025.txt,2085,false"})
    void exportingAndImportingBackGivesTheStoredProjectsUnchanged(String seed, int year, boolean needsUnit) {
        String text = Seeds.text(seed);
        for (String published : List.of("315001", "343101", "343201")) {
            text = text.replace(published, String.valueOf(400000 + World.next() % 299999));
        }
        String unitParam = needsUnit ? "&unitCode=" + world.unit("无编码单位") : "";
        // The seeds print 2024 (彭阳 in its headings): imported into a year of their own, as confirmed.
        Http.Response imported = finance.postText(IMPORT + "?dryRun=false&confirmYear=true&year=" + year + unitParam, text);
        assertEquals(200, imported.status(), imported.body());
        List<Long> ids = new ArrayList<>();
        JsonNode result = Json.parse(imported.body());
        result.get("projects").forEach(t -> ids.add(t.get("id").asLong()));
        result.get("departmentTargets").forEach(t -> ids.add(t.get("id").asLong()));
        assertFalse(ids.isEmpty());
        Map<Long, ProjectDetails> stored = new HashMap<>();
        ids.forEach(id -> stored.put(id, details(id)));

        Http.Download export = finance.download("/api/export.xlsx?year=" + year);
        assertEquals(200, export.status());
        assertEquals(ProjectWorkbook.CONTENT_TYPE, export.header("Content-Type"));
        assertTrue(export.header("Content-Disposition").contains("filename*=UTF-8''" + year + "%E5%B9%B4"),
                export.header("Content-Disposition"));

        WorkbookRead read = new ProjectWorkbook().read(export.body(), "导出.xlsx");
        assertEquals(List.of(), read.issues());
        assertEquals(ids.size(), read.projects().size(), seed);
        for (WorkbookProject p : read.projects()) {
            assertEquals(List.of(), p.issues(), p.where());
            ProjectDetails original = stored.values().stream()
                    .filter(d -> d.unitCode().equals(p.input().unitCode()) && d.name().equals(p.input().name()))
                    .findFirst().orElseThrow(() -> new AssertionError("no stored project for " + p.where()));
            assertSameProject(withoutIdentity(original.toInput()), p.input(), seed + " " + original.name());
        }

        Http.Response dry = finance.postMultipart(IMPORT + "?dryRun=true", "file", "导出.xlsx", export.body(), Map.of());
        assertEquals(200, dry.status(), dry.body());
        JsonNode preview = Json.parse(dry.body());
        assertEquals(0, preview.get("errors").size(), dry.body());
        assertFalse(preview.get("stored").asBoolean());
        assertEquals(ids.size(), preview.get("projects").size() + preview.get("departmentTargets").size());

        Http.Response again = finance.postMultipart(IMPORT + "?dryRun=false", "file", "导出.xlsx", export.body(), Map.of());
        assertEquals(200, again.status(), again.body());
        JsonNode second = Json.parse(again.body());
        assertTrue(second.get("stored").asBoolean());
        List<Long> matched = new ArrayList<>();
        second.get("projects").forEach(t -> matched.add(t.get("id").asLong()));
        second.get("departmentTargets").forEach(t -> matched.add(t.get("id").asLong()));
        assertEquals(ids.stream().sorted().toList(), matched.stream().sorted().toList(), "the same projects were updated, none created");
        for (long id : ids) {
            ProjectDetails after = details(id);
            // Same indicator ids, same version: an unchanged table is not written again.
            assertEquals(stored.get(id).toInput(), after.toInput(), seed + " " + after.name());
        }
        assertEquals(ids.size(), Json.parse(finance.get("/api/projects?year=" + year).body()).size());
    }

    private void assertSameProject(ProjectInput expected, ProjectInput actual, String what) {
        assertEquals(expected.budget(), actual.budget(), what);
        assertEquals(expected.fiscalFunds(), actual.fiscalFunds(), what);
        assertEquals(expected.otherFunds(), actual.otherFunds(), what);
        assertEquals(expected.spendPlan(), actual.spendPlan(), what);
        assertEquals(expected.indicators().size(), actual.indicators().size(), what);
        for (int i = 0; i < expected.indicators().size(); i++) {
            assertEquals(expected.indicators().get(i), actual.indicators().get(i), what + " indicator " + (i + 1));
        }
        assertEquals(expected.keyTasks(), actual.keyTasks(), what);
        assertEquals(expected, actual, what);
    }

    @Test
    void exportsAreScopedNamedAndLinkedFromThePages() {
        String unitA = world.unit("甲单位");
        String unitB = world.unit("乙单位");
        long a = Projects.create(finance, project(unitA, "A" + World.next(), "甲项目" + World.next()));
        String bName = "乙项目" + World.next();
        long b = Projects.create(finance, project(unitB, "B" + World.next(), bName));
        String bureauName = world.user("BUREAU", List.of(unitA));
        Http bureau = world.script(bureauName);

        Http.Download own = bureau.download("/api/projects/" + a + "/export.xlsx");
        assertEquals(200, own.status());
        assertEquals(ProjectWorkbook.CONTENT_TYPE, own.header("Content-Type"));
        String disposition = own.header("Content-Disposition");
        String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
        assertEquals("2086年" + details(a).name() + "绩效目标表.xlsx", URLDecoder.decode(encoded, StandardCharsets.UTF_8));
        assertTrue(disposition.startsWith("attachment; filename=\"project-" + a + ".xlsx\""), disposition);

        Http.Download other = bureau.download("/api/projects/" + b + "/export.xlsx");
        assertEquals(404, other.status());
        assertTrue(new String(other.body(), StandardCharsets.UTF_8).contains("未找到"));
        assertEquals(404, bureau.download("/api/export.xlsx?year=2086&unitCode=" + unitB).status());
        assertEquals(404, bureau.download("/api/export.xlsx?year=1999").status());

        Http.Download mine = bureau.download("/api/export.xlsx?year=2086");
        assertEquals(200, mine.status());
        List<String> names = new ProjectWorkbook().read(mine.body(), "x.xlsx").projects().stream().map(p -> p.input().name()).toList();
        assertEquals(List.of(details(a).name()), names, "only the bureau's own unit");
        Http.Download unit = finance.download("/api/export.xlsx?year=2086&unitCode=" + unitB);
        assertEquals(List.of(bName), new ProjectWorkbook().read(unit.body(), "x.xlsx").projects().stream().map(p -> p.input().name()).toList());

        Http browser = world.browser(bureauName);
        assertTrue(browser.get("/projects/" + a).body().contains("href=\"/api/projects/" + a + "/export.xlsx\""));
        assertTrue(browser.get("/projects?year=2086&unitCode=" + unitA).body()
                .contains("href=\"/api/export.xlsx?year=2086&amp;unitCode=" + unitA + "\""));
        assertEquals(200, browser.download("/api/projects/" + a + "/export.xlsx").status(), "the page's link works with the session");
    }

    @Test
    void theTemplateIsLetingsTableAndImportsCleanly() throws IOException {
        Http bureau = world.browser(world.user("BUREAU", List.of(world.unit("单位"))));
        Http.Download template = bureau.download("/imports/template.xlsx");
        assertEquals(200, template.status());
        assertEquals(ProjectWorkbook.CONTENT_TYPE, template.header("Content-Type"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertEquals("填表说明", wb.getSheetName(0));
            assertEquals("法制建设", wb.getSheetName(1));
            assertEquals(2, wb.getNumberOfSheets());
        }
        WorkbookRead read = new ProjectWorkbook().read(template.body(), "模板.xlsx");
        assertEquals(List.of(), read.projects().get(0).issues());
        assertEquals("3.00", read.projects().get(0).input().budget());
        assertEquals(5, read.projects().get(0).input().indicators().size());

        Http.Response dry = finance.postMultipart(IMPORT + "?dryRun=true", "file", "绩效目标表导入模板.xlsx", template.body(), Map.of());
        assertEquals(200, dry.status(), dry.body());
        assertEquals(0, Json.parse(dry.body()).get("errors").size());
        assertEquals("法制建设", Json.parse(dry.body()).get("projects").get(0).get("name").asText());
    }

    @Test
    void badFilesAreRefusedInChineseAndNothingIsStored() throws IOException {
        int before = Json.parse(finance.get("/api/projects").body()).size();
        String unit = world.unit("坏文件单位");

        Http.Response json = finance.postJson(IMPORT + "?dryRun=false", "{}");
        assertEquals(415, json.status());
        assertTrue(Json.parse(json.body()).get("message").asText().contains("multipart/form-data"));

        byte[] random = new byte[8192];
        new Random(11).nextBytes(random);
        assertRefused(finance.postMultipart(IMPORT + "?dryRun=false", "file", "乐亭.xlsx", random, Map.of()),
                "文件《乐亭.xlsx》：不是有效的 Excel（.xlsx）文件");
        assertRefused(finance.postMultipart(IMPORT + "?dryRun=false&year=2087", "file", "随机.bin", random, Map.of()),
                "文件《随机.bin》不是文本、Word、PDF 或 Excel 文件，无法读取");

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(docx)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        // a .docx is read as a Word document now (WordImportTest); this one is no readable Word file
        assertRefused(finance.postMultipart(IMPORT + "?dryRun=false&year=2087", "file", "报告.docx", docx.toByteArray(), Map.of()),
                "文件《报告.docx》不是可读取的 Word（.docx）文件（可能已损坏或加密）；旧版 .doc 请用 Word 另存为 .docx 后再导入");

        ProjectInput good = input(unit, "G" + World.next(), "好项目" + World.next());
        ProjectInput bad = input(unit, "H" + World.next(), "法制建设");
        byte[] textInBudget = edited(List.of(good, bad), wb -> wb.getSheetAt(2).getRow(5).getCell(1).setCellValue("三万"));
        assertRefused(finance.postMultipart(IMPORT + "?dryRun=false", "file", "乐亭.xlsx", textInBudget, Map.of()),
                "文件《乐亭.xlsx》工作表《法制建设》第6行“预算数”（B6）：“三万”不是数字");

        byte[] noName = edited(List.of(good, bad), wb -> wb.getSheetAt(2).getRow(3).getCell(5).setBlank());
        assertRefused(finance.postMultipart(IMPORT + "?dryRun=false", "file", "乐亭.xlsx", noName, Map.of()),
                "文件《乐亭.xlsx》工作表《法制建设》第4行“项目名称”（F4）：没有填写项目名称");

        // Refused only while storing (the code is another unit's this year): the first sheet is rolled back.
        String taken = "T" + World.next();
        Map<String, Object> others = project(world.unit("他人单位"), taken, "他人项目" + World.next());
        others.put("year", 2087);
        Projects.create(finance, others);
        byte[] conflict = new ProjectWorkbook().write(List.of(good, input(unit, taken, "撞编码项目")));
        Http.Response refused = finance.postMultipart(IMPORT + "?dryRun=false", "file", "乐亭.xlsx", conflict, Map.of());
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("撞编码项目"), refused.body());

        assertEquals(before + 1, Json.parse(finance.get("/api/projects").body()).size(), "only the other unit's project was made");
        assertEquals(0, Json.parse(finance.get("/api/projects?unitCode=" + unit).body()).size(), "no sheet of a refused file was stored");
    }

    /**
     * Micronaut answers 413 from the Content-Length alone, after the first bytes, and stops reading:
     * browsers and curl read that early answer; a client that insists on sending all 50 MB first (the
     * JDK's HttpClient) waits for ever. So this test talks as a browser does, over a plain socket.
     */
    @Test
    void aFiftyMegabyteUploadIsRefusedAtOnceWithAChineseMessage() throws IOException {
        String user = world.user("FINANCE", List.of());
        URI base = URI.create(server.getURL().toString());
        String boundary = "----jixiao-big";
        String head = "POST " + IMPORT + "?dryRun=true HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString((user + ":" + World.PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\nAccept: application/json\r\nContent-Type: multipart/form-data; boundary=" + boundary
                + "\r\nContent-Length: " + 50L * 1024 * 1024 + "\r\n\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n\r\n";
        long started = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[64 * 1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream headers = new ByteArrayOutputStream();
            while (!headers.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                headers.write(in.read());
            }
            String h = headers.toString(StandardCharsets.ISO_8859_1);
            assertTrue(h.startsWith("HTTP/1.1 413"), h);
            int length = Integer.parseInt(h.replaceAll("(?is).*content-length:\\s*(\\d+).*", "$1"));
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            assertEquals("上传的内容过大：一次最多上传 20 MB", Json.parse(body).get("message").asText());
        }
        assertTrue(System.nanoTime() - started < 10_000_000_000L, "answered before the upload was sent");
    }

    private ProjectDetails details(long id) {
        Http.Response r = finance.get("/api/projects/" + id);
        assertEquals(200, r.status(), r.body());
        try {
            return mapper.readValue(r.body(), ProjectDetails.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a workbook can carry: not the database ids and the version. */
    private static ProjectInput withoutIdentity(ProjectInput p) {
        return new ProjectInput(p.year(), p.unitCode(), p.unitName(), p.departmentName(), p.kind(), p.code(), p.name(),
                p.moneyUnit(), p.budget(), p.fiscalFunds(), p.otherFunds(), p.purpose(), p.goal(), p.measures(), p.attribute(),
                p.term(), p.managingOffice(), p.spendPlan(),
                p.indicators().stream().map(i -> new ProjectInput.IndicatorLine(null, i.level1(), i.level2(), i.name(),
                        i.description(), i.target(), i.periodTarget(), i.basis(), i.weight())).toList(),
                p.keyTasks(), null);
    }

    private static Map<String, Object> project(String unit, String code, String name) {
        Map<String, Object> p = Projects.leting(unit, code, name);
        p.put("year", 2086);
        return p;
    }

    private static ProjectInput input(String unit, String code, String name) {
        ProjectInput p = ProjectWorkbookTest.full();
        return new ProjectInput(2087, unit, null, null, "PROJECT", code, name, p.moneyUnit(), p.budget(), p.fiscalFunds(),
                p.otherFunds(), p.purpose(), p.goal(), p.measures(), p.attribute(), p.term(), p.managingOffice(),
                p.spendPlan(), p.indicators(), List.of(), null);
    }

    private static byte[] edited(List<ProjectInput> projects, Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new ProjectWorkbook().write(projects)))) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void assertRefused(Http.Response r, String message) {
        assertEquals(400, r.status(), r.body());
        JsonNode body = Json.parse(r.body());
        List<String> said = new ArrayList<>();
        said.add(body.get("message").asText());
        body.get("problems").forEach(p -> said.add(p.get("message").asText()));
        assertTrue(said.contains(message), () -> "expected “" + message + "” among " + said);
    }
}
