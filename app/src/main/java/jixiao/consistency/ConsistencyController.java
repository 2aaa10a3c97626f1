package jixiao.consistency;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.project.ProjectService;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.PageContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/** The consistency check for finance: page and JSON. */
@Controller
@Secured({"FINANCE", "ADMIN"})
class ConsistencyController {

    @Introspected
    record ConsistencyPage(PageContext page, int year, List<Integer> years, @Nullable String unitCode, List<UnitView> units,
                           List<ConsistencyLine> lines) {
    }

    private final ConsistencyCheck check;
    private final ProjectService projects;
    private final UnitService units;
    private final Clock clock;

    ConsistencyController(ConsistencyCheck check, ProjectService projects, UnitService units, Clock clock) {
        this.check = check;
        this.projects = projects;
        this.units = units;
        this.clock = clock;
    }

    @Get("/consistency")
    @Produces(MediaType.TEXT_HTML)
    @View("consistency/list")
    ConsistencyPage page(PageContext page, Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        TreeSet<Integer> years = new TreeSet<>(projects.years(caller));
        years.add(y);
        return new ConsistencyPage(page, y, List.copyOf(years.descendingSet()), unitCode, units.list(caller),
                check.run(caller, y, unitCode));
    }

    @Get("/api/consistency")
    List<ConsistencyLine> api(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode) {
        return check.run(caller, year == null ? LocalDate.now(clock).getYear() : year, unitCode);
    }
}
