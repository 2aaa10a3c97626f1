package jixiao.demo;

import io.micronaut.context.ApplicationContext;
import jixiao.access.Caller;
import jixiao.project.ProjectService;
import jixiao.project.ProjectSummary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** JIXIAO_DEMO=true on an empty database: the five seeds, once. */
class DemoDataTest {

    @Test
    void theSeedsAreImportedIntoAnEmptyRegistryOnce() {
        Map<String, Object> config = Map.of("jixiao.embedded-db.database-name", "demo_" + System.nanoTime(),
                "jixiao.demo.enabled", true, "jixiao.scheduler.enabled", false, "micronaut.server.port", -1);
        for (int start = 0; start < 2; start++) {
            try (ApplicationContext context = ApplicationContext.run(config, "test")) {
                List<ProjectSummary> all = context.getBean(ProjectService.class).list(Caller.system("test"), null, null);
                assertEquals(5 + 10 + 12 + 14, all.stream().filter(p -> p.kind().equals("PROJECT")).count(), "projects, start " + start);
                assertEquals(3, all.stream().filter(p -> p.kind().equals("DEPARTMENT")).count(), "department targets, start " + start);
                assertEquals(11, all.stream().filter(p -> p.unitCode().equals("315101")).count(), "兴隆 (10 projects and its department part) in its own unit");
            }
        }
    }
}
