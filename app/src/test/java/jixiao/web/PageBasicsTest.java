package jixiao.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a walk-through through the pages found (issue 13, "Mend what a walk-through found"), over HTTP. */
@MicronautTest
class PageBasicsTest {

    @Inject
    EmbeddedServer server;

    @Test
    void theFaviconIsServedToAnyoneSoNoPageLogsAnError() {
        Http anonymous = Http.browser(server.getURL().toString());
        Http.Response ico = anonymous.get("/favicon.ico");
        assertEquals(301, ico.status());
        assertEquals("/static/favicon.svg", ico.location());
        Http.Response svg = anonymous.get("/static/favicon.svg");
        assertEquals(200, svg.status());
        assertTrue(svg.body().startsWith("<svg"), svg.body());
        World world = new World(server.getURL().toString());
        assertTrue(world.browser(world.user("FINANCE", List.of())).get("/projects").body()
                .contains("<link rel=\"icon\" href=\"/static/favicon.svg\""), "every page links it");
    }

    @Test
    void aSavedFormSaysSoAndOnlyKnownNoticesAreShown() {
        World world = new World(server.getURL().toString());
        Http admin = world.browser(World.ADMIN);
        Http.Response created = admin.postForm("/admin/units/new", Map.of("code", "N" + World.next(), "name", "通知测试单位"));
        assertEquals(303, created.status(), created.body());
        assertEquals("/admin/units?done=created", created.location());
        assertTrue(admin.get(created.location()).body().contains("<p class=\"flash\" role=\"status\">已新增</p>"));
        String forged = admin.get("/admin/units?done=%E5%B7%B2%E4%B8%AD%E5%A5%96").body();
        assertTrue(!forged.contains("class=\"flash\""), "a code that is no notice shows nothing");
    }

    @Test
    void hiddenFieldsStayHiddenWhateverTheirDisplayRule() {
        // label { display: block } would otherwise show the 支出减少原因 field the script hides
        String css = Http.browser(server.getURL().toString()).get("/static/app.css").body();
        assertTrue(css.contains("[hidden] { display: none !important; }"), "the [hidden] rule wins over display rules");
    }

    @Test
    void theReportingStartPageReloadsItsPeriodsWhenTheYearChanges() {
        World world = new World(server.getURL().toString());
        Http finance = world.browser(world.user("FINANCE", List.of()));
        String page = finance.get("/reports?year=2024").body();
        assertTrue(page.contains("<form id=\"report-start\"") && page.contains("<script src=\"/static/reports-start.js\"></script>"));
        String script = finance.get("/static/reports-start.js").body();
        assertTrue(script.contains("getElementById('report-start')") && script.contains("'change'") && script.contains("period.disabled = true"));
        // what the script sends: the new year without the old year's period
        String reloaded = finance.get("/reports?year=2061").body();
        assertTrue(reloaded.contains("value=\"2061-06\""), "the new year's periods");
        assertTrue(!reloaded.contains("value=\"2024-06\""), "none of the old year's");
    }
}
