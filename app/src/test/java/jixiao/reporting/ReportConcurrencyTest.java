package jixiao.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.Projects;
import jixiao.testing.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two people editing the same report never silently overwrite each other. */
@MicronautTest
class ReportConcurrencyTest {

    @Inject
    EmbeddedServer server;

    World world;
    Http alice;
    Http bob;
    long project;

    @BeforeEach
    void setUp() {
        world = new World(server.getURL().toString());
        String unit = world.unit("并发单位");
        alice = world.script(world.user("BUREAU", List.of(unit)));
        bob = world.script(world.user("BUREAU", List.of(unit)));
        project = Projects.create(alice, Projects.leting(unit, "CC" + World.next(), "并发项目" + World.next()));
    }

    @Test
    void theSecondSaveOfTheSameVersionIsRefusedWithWhatChanged() {
        JsonNode start = Json.parse(alice.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(null, "1000", List.of()))).body());
        Long version = Reports.version(start);
        long training = Reports.indicatorId(start, "开展行政执法培训");

        Http.Response first = alice.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(version, "5000",
                List.of(Reports.entry(training, "4", null, null, null)))));
        assertEquals(200, first.status(), first.body());
        Http.Response second = bob.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(version, "7000",
                List.of(Reports.entry(training, "2", null, null, null)))));
        assertEquals(409, second.status(), second.body());
        JsonNode refusal = Json.parse(second.body());
        String message = refusal.get("message").asText();
        assertTrue(message.contains("累计支出（元）：对方为“5000”，您填写的是“7000”"), message);
        assertTrue(message.contains("指标“开展行政执法培训”的当前值：对方为“4”，您填写的是“2”"), message);
        assertEquals("5000.00", refusal.get("current").get("spentYuan").asText(), "the answer carries the report as it is now");
        assertEquals(Reports.version(Json.parse(first.body())), refusal.get("current").get("version").asLong());

        JsonNode stored = Reports.get(alice, project, "2024-06");
        assertEquals("5000.00", stored.get("spentYuan").asText(), "Alice's save was not lost");
        assertEquals("4", stored.get("indicators").get(0).get("currentValue").asText());

        // Knowing what changed, Bob saves again on the current version: a deliberate overwrite.
        Http.Response retry = bob.putJson(Reports.path(project, "2024-06"), Json.write(Reports.body(refusal.get("current").get("version").asLong(), "7000",
                List.of(Reports.entry(training, "2", null, null, null)))));
        assertEquals(200, retry.status(), retry.body());
    }

    @Test
    void firstSavesRacingForANewReportLeaveExactlyOneWinner() throws Exception {
        List<Http.Response> answers = race(8, i -> (i % 2 == 0 ? alice : bob).putJson(Reports.path(project, "2024-03"),
                Json.write(Reports.body(null, String.valueOf(100 + i), List.of()))));
        long ok = answers.stream().filter(r -> r.status() == 200).count();
        long conflicts = answers.stream().filter(r -> r.status() == 409).count();
        assertEquals(1, ok, answers.toString());
        assertEquals(7, conflicts, answers.toString());
        String winner = Json.parse(answers.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().body()).get("spentYuan").asText();
        assertEquals(winner, Reports.get(alice, project, "2024-03").get("spentYuan").asText());
    }

    @Test
    void concurrentIncrementsWithRetryLoseNoUpdate() throws Exception {
        alice.putJson(Reports.path(project, "2024-10"), Json.write(Reports.body(null, "0", List.of())));
        int workers = 6;
        int each = 5;
        List<Http.Response> done = race(workers, i -> {
            Http http = i % 2 == 0 ? alice : bob;
            Http.Response last = null;
            for (int n = 0; n < each; n++) {
                while (true) {
                    JsonNode now = Reports.get(http, project, "2024-10");
                    BigDecimal next = new BigDecimal(now.get("spentYuan").asText()).add(BigDecimal.ONE);
                    last = http.putJson(Reports.path(project, "2024-10"), Json.write(Reports.body(Reports.version(now), next.toPlainString(), List.of())));
                    if (last.status() == 200) {
                        break;
                    }
                    assertEquals(409, last.status(), last.body());
                }
            }
            return last;
        });
        done.forEach(r -> assertEquals(200, r.status(), r.body()));
        assertEquals(new BigDecimal(workers * each).setScale(2).toPlainString(),
                Reports.get(alice, project, "2024-10").get("spentYuan").asText(), "every increment survived");
    }

    interface Call {
        Http.Response run(int i) throws Exception;
    }

    /** Runs {@code n} calls at the same moment. */
    private static List<Http.Response> race(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return call.run(index);
                }));
            }
            List<Http.Response> out = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
