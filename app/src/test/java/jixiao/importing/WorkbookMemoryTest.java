package jixiao.importing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 point 1: a small workbook of very many tiny cells (about 2.5 MB, unpacking to under 30 MB, so it passes
 * the size check) must not exhaust the heap. The test JVM, and so the app, runs with -Xmx512m (the build's
 * surefire argLine): before the guard, one such upload ran {@code new XSSFWorkbook} out of memory. Four are sent
 * at once, to the target import and to the bulk spend upload, while another client keeps using the app.
 */
@MicronautTest
class WorkbookMemoryTest {

    @Inject
    EmbeddedServer server;

    /** An .xlsx a spreadsheet program opens: one sheet of {@code rows} × 15 cells holding 1. */
    static byte[] manyTinyCells(int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>""");
            entry(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
                    <sheet name="项目" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            entry(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 1; r <= rows; r++) {
                w.write("<row>");
                for (int c = 0; c < 15; c++) {
                    w.write("<c><v>1</v></c>");
                }
                w.write("</row>");
            }
            w.write("</sheetData></worksheet>");
            w.flush();
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void fourSmallWorkbooksOfMillionsOfCellsAreRefusedWhileOthersAreServed() throws Exception {
        byte[] bomb = manyTinyCells(100_000);
        assertTrue(bomb.length < 4 * 1024 * 1024, "a small upload: " + bomb.length);
        World world = new World(server.getURL().toString());
        String finance = world.user("FINANCE", List.of());
        Http browser = world.browser(finance);
        browser.get("/reports/spend-upload");

        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicBoolean uploading = new AtomicBoolean(true);
        try {
            Future<List<Long>> other = pool.submit(() -> {
                List<Long> millis = new ArrayList<>();
                Http someone = Http.browser(server.getURL().toString());
                while (uploading.get()) {
                    long start = System.nanoTime();
                    assertEquals(200, someone.get("/login").status());
                    millis.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(50);
                }
                return millis;
            });
            List<Future<Http.Response>> uploads = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                uploads.add(pool.submit(() -> world.script(finance).postMultipart(
                        "/api/imports/target-tables?dryRun=true", "file", "大表.xlsx", bomb, Map.of())));
            }
            for (int i = 0; i < 2; i++) {
                uploads.add(pool.submit(() -> browser.postMultipart("/reports/spend-upload", "file", "支出.xlsx", bomb,
                        Map.of("csrfToken", browser.csrfToken().orElseThrow(), "period", "2024-06", "kind", "CUMULATIVE"))));
            }
            for (Future<Http.Response> upload : uploads) {
                Http.Response r = upload.get(120, TimeUnit.SECONDS);
                assertTrue(r.status() == 400 || r.status() == 413, r.status() + " " + r.body());
                assertTrue(r.body().contains("单元格超过"), r.body());
            }
            uploading.set(false);
            List<Long> millis = other.get(30, TimeUnit.SECONDS);
            assertTrue(!millis.isEmpty(), "the other client was served during the uploads");
        } finally {
            uploading.set(false);
            pool.shutdownNow();
        }
        assertEquals(200, world.script(finance).get("/api/projects").status(), "and the app still answers after");
    }

    @Test
    void theGuardCountsCellsWithoutBuildingTheWorkbook() throws IOException {
        assertTrue(UploadedWorkbooks.refusal(manyTinyCells(1_000)).isEmpty(), "15,000 cells are fine");
        assertTrue(UploadedWorkbooks.refusal(manyTinyCells(20_000)).orElseThrow().contains("单元格超过"));
    }
}
