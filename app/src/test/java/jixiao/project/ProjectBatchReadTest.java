package jixiao.project;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.access.Caller;
import jixiao.access.Role;
import jixiao.common.NotFoundException;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.SeedImports;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reading many projects at once (summaries, the year-end pack) gives each exactly as reading it alone does — guesses
 * of an OCR'd table (兴隆, seed 004), a department's budget summary (花都, seed 001) — with one query per table for
 * the lot, and another unit's project among them is not found, as it is alone.
 */
@MicronautTest(transactional = false)
class ProjectBatchReadTest {

    private static final int YEAR = 2133;

    @Inject
    EmbeddedServer server;

    @Inject
    ProjectService projects;

    @Test
    void manyAtOnceEqualEachAlone_andAnotherUnitsProjectIsNotFound() {
        World world = new World(server.getURL().toString());
        String unit = world.unit("批量读取" + World.next());
        Http finance = world.script(world.user("FINANCE", List.of()));
        SeedImports.importText(finance, SeedImports.xinglong(unit, SeedImports.codePrefix()), YEAR, unit);
        Http.Response huadu = finance.postText("/api/imports/target-tables?year=" + YEAR
                + "&dryRun=false&confirmYear=true&unitCode=" + unit, SeedImports.seed("huadu-department.txt"));
        assertEquals(200, huadu.status(), huadu.body());
        List<Long> ids = new ArrayList<>();
        for (JsonNode p : Json.parse(finance.get("/api/projects?year=" + YEAR + "&unitCode=" + unit).body())) {
            ids.add(p.get("id").asLong());
        }
        assertTrue(ids.size() > 5, ids.toString());
        List<Long> shuffled = new ArrayList<>(ids);
        java.util.Collections.reverse(shuffled);

        Caller all = Caller.system("batch-read");
        List<ProjectDetails> batch = projects.getAll(all, shuffled);
        List<ProjectDetails> alone = shuffled.stream().map(id -> projects.get(all, id)).toList();
        assertEquals(alone, batch, "the same records, in the order asked");
        assertTrue(batch.stream().anyMatch(p -> !p.guesses().isEmpty()), "兴隆's OCR guesses are read too");
        assertTrue(batch.stream().anyMatch(p -> p.budgetSummary() != null && !p.budgetSummary().isEmpty()),
                "花都's budget summary is read too");
        assertFalse(batch.stream().allMatch(p -> p.warnings().isEmpty()), "warnings as a single read gives them");

        Caller otherUnit = new Caller(null, "other", Role.BUREAU, Set.of(-1L), null, null);
        assertThrows(NotFoundException.class, () -> projects.getAll(otherUnit, ids));
        assertEquals(List.of(), projects.getAll(all, List.of()));
    }
}
