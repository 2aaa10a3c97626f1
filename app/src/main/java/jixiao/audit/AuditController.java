package jixiao.audit;

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
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.PageContext;

import java.time.LocalDate;
import java.util.List;

/** The audit trail for finance and administrators: page and JSON. */
@Controller
@Secured({"FINANCE", "ADMIN"})
class AuditController {

    @Introspected
    record AuditView(PageContext page, List<AuditEntryView> entries, List<UnitView> units, AuditQueries.Filter filter, int limit) {
    }

    private final AuditQueries audit;
    private final UnitService units;

    AuditController(AuditQueries audit, UnitService units) {
        this.audit = audit;
        this.units = units;
    }

    @Get("/audit")
    @Produces(MediaType.TEXT_HTML)
    @View("audit/list")
    AuditView page(PageContext page, Caller caller, @Nullable @QueryValue String unitCode, @Nullable @QueryValue String username,
                   @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        AuditQueries.Filter filter = new AuditQueries.Filter(unitCode, username, from, to, null, null);
        return new AuditView(page, audit.find(caller, filter), units.list(caller), filter, AuditQueries.PAGE_SIZE);
    }

    @Get("/api/audit")
    List<AuditEntryView> api(Caller caller, @Nullable @QueryValue String unitCode, @Nullable @QueryValue String username,
                             @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                             @Nullable @QueryValue String entityType, @Nullable @QueryValue Long entityId) {
        return audit.find(caller, new AuditQueries.Filter(unitCode, username, from, to, entityType, entityId));
    }
}
