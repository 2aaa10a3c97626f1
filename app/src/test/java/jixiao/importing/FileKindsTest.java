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
 * Issue 12, file kinds: a PDF with a text layer and an Excel 97 (.xls) file built from the seed tables give the
 * same projects as the seed's text pasted, over the API and on the import page.
 */
@MicronautTest
class FileKindsTest {

    private static final String IMPORT = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;

    /** Every table: kind, code, name, budget, plan, and every indicator as read. */
    static List<String> summary(JsonNode answer) {
        List<String> lines = new ArrayList<>();
        for (String kind : List.of("departmentTargets", "projects")) {
            answer.get(kind).forEach(t -> lines.add(kind + "|" + t.get("code").asText() + "|" + t.get("name").asText() + "|"
                    + t.get("budget").asText() + "|" + t.get("spendPlan").toString() + "|" + t.get("indicators").toString()
                    + "|" + t.get("keyTasks").size()));
        }
        return lines;
    }

    /** 彭阳's tables print no unit code: they go into a unit chosen on import, as a person would. */
    private void sameAsText(Http finance, String unit, String seed, String filename, byte[] file) {
        String query = "?year=2024&dryRun=true&unitCode=" + unit;
        Http.Response fromText = finance.postText(IMPORT + query, Seeds.text(seed));
        Http.Response fromFile = finance.postMultipart(IMPORT + query, "file", filename, file, Map.of());
        assertEquals(200, fromText.status(), fromText.body());
        assertEquals(200, fromFile.status(), filename + ": " + fromFile.body());
        List<String> expected = summary(Json.parse(fromText.body()));
        assertTrue(expected.size() >= 1, seed + ": " + expected);
        assertEquals(expected, summary(Json.parse(fromFile.body())), filename);
    }

    @Test
    void aPdfOfTheSeedTablesGivesTheSameTablesAsTheirText() throws IOException {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        String unit = world.unit("彭阳县司法局本级");
        for (String seed : List.of("leting-2024.txt", "binhai-2024.txt", "pengyang-2024.txt")) {
            sameAsText(finance, unit, seed, seed.replace(".txt", ".pdf"), SeedFiles.pdf(Seeds.text(seed)));
        }
    }

    @Test
    void anExcel97FileOfTheSeedTablesGivesTheSameTablesAsTheirText() throws IOException {
        World world = new World(server.getURL().toString());
        Http finance = world.script(world.user("FINANCE", List.of()));
        String unit = world.unit("彭阳县司法局本级");
        for (String seed : List.of("leting-2024.txt", "pengyang-2024.txt")) {
            sameAsText(finance, unit, seed, seed.replace(".txt", ".xls"), SeedFiles.xls(Seeds.text(seed)));
        }
    }

    @Test
    void theImportPagePreviewsAPdfAndAnExcel97File() throws IOException {
        World world = new World(server.getURL().toString());
        Http browser = world.browser(world.user("FINANCE", List.of()));
        browser.get("/imports");
        for (var file : Map.of("乐亭.pdf", SeedFiles.pdf(Seeds.text("leting-2024.txt")),
                "乐亭.xls", SeedFiles.xls(Seeds.text("leting-2024.txt"))).entrySet()) {
            Http.Response preview = browser.postMultipart("/imports/preview", "file", file.getKey(), file.getValue(),
                    Map.of("csrfToken", browser.csrfToken().orElseThrow(), "year", "2024"));
            assertEquals(200, preview.status(), file.getKey() + ": " + preview.body());
            assertTrue(preview.body().contains("提前下达基层公检法司转移支付配套资金"), file.getKey() + ": a project is previewed");
            assertTrue(preview.body().contains("13022524P000R2410016N"), file.getKey() + ": with its code");
        }
    }
}
