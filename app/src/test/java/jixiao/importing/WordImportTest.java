package jixiao.importing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, first part: a Word (.docx) file is read as its paragraphs and table cells and then by the same layout
 * readers as pasted text. The documents here are built from the seed files the way they were published: the
 * seeds are Word tables copied as text (a cell per line after a tab, an empty line after each row), so each seed
 * is turned back into paragraphs and Word tables, and the .docx must give the same projects as the text.
 * Real published .docx files are still to be collected as fixtures.
 */
@MicronautTest
class WordImportTest {

    private static final String IMPORT = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;

    private static List<String> summary(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("departmentTargets", "projects")) {
            answer.get(kind).forEach(t -> lines.add(kind + "|" + t.get("code").asText() + "|" + t.get("name").asText() + "|"
                    + t.get("budget").asText() + "|" + t.get("spendPlan").toString() + "|" + t.get("indicators").size()
                    + "|" + t.get("keyTasks").size()));
        }
        return lines;
    }

    @Test
    void aWordFileGivesTheSameTablesAsItsText() throws IOException {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        for (String seed : List.of("leting-2024.txt", "binhai-2024.txt")) {
            String text = Seeds.text(seed);
            Http.Response fromText = finance.postText(IMPORT + "?year=2024&dryRun=true", text);
            Http.Response fromWord = finance.postMultipart(IMPORT + "?year=2024&dryRun=true", "file", seed.replace(".txt", ".docx"),
                    SeedFiles.docx(text), Map.of());
            assertEquals(200, fromText.status(), fromText.body());
            assertEquals(200, fromWord.status(), fromWord.body());
            List<String> expected = summary(Json.parse(fromText.body()));
            assertTrue(expected.size() >= 5, seed + ": " + expected);
            assertEquals(expected, summary(Json.parse(fromWord.body())), seed);
        }
    }

    @Test
    void theImportPagePreviewsAWordFileAsItsText() throws IOException {
        World world = new World(server.getURL().toString());
        Http browser = world.browser(world.user("FINANCE", List.of()));
        browser.get("/imports");
        Http.Response preview = browser.postMultipart("/imports/preview", "file", "乐亭.docx",
                SeedFiles.docx(Seeds.text("leting-2024.txt")), Map.of("csrfToken", browser.csrfToken().orElseThrow(), "year", "2024"));
        assertEquals(200, preview.status(), preview.body());
        assertTrue(preview.body().contains("提前下达基层公检法司转移支付配套资金"), "a project of the document is previewed");
        assertTrue(preview.body().contains("13022524P000R2410016N"), "with its code");
    }

    @Test
    void aDamagedOrOldWordFileIsRefusedInChinese() throws IOException {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        byte[] docx = SeedFiles.docx(Seeds.text("leting-2024.txt"));
        Http.Response truncated = finance.postMultipart(IMPORT + "?year=2024&dryRun=true", "file", "目标表.docx",
                java.util.Arrays.copyOf(docx, 2000), Map.of());
        assertEquals(400, truncated.status(), truncated.body());
        assertTrue(truncated.body().contains("不是可读取的 Word（.docx）文件"), truncated.body());
        Http.Response old = finance.postMultipart(IMPORT + "?year=2024&dryRun=true", "file", "目标表.doc",
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, Map.of());
        assertEquals(400, old.status(), old.body());
        assertTrue(old.body().contains("另存为 .docx"), old.body());
    }
}
