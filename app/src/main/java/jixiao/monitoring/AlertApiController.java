package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.access.Caller;

import java.util.List;

/** Alerts over JSON: finance sees all and resolves, a bureau sees its own and acknowledges. */
@Controller("/api/alerts")
@Secured(SecurityRule.IS_AUTHENTICATED)
class AlertApiController {

    /** @param version the alert's version as read; optional, 409 when it changed since */
    @Serdeable
    record Acknowledgement(@Nullable String correctiveAction, @Nullable Long version) {
    }

    @Serdeable
    record Resolution(@Nullable String resolution, @Nullable Long version) {
    }

    private final AlertService alerts;

    AlertApiController(AlertService alerts) {
        this.alerts = alerts;
    }

    /** @param status OPEN, ACKNOWLEDGED, RESOLVED or CLOSED; all when absent */
    @Get
    List<AlertView> list(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode,
                         @Nullable @QueryValue String status, @Nullable @QueryValue String light,
                         @Nullable @QueryValue Long projectId, @Nullable @QueryValue Integer page) {
        return alerts.list(caller, AlertFilters.of(year, unitCode, status, light, projectId, page, false));
    }

    @Get("/{alertId}")
    AlertView get(Caller caller, long alertId) {
        return alerts.get(caller, alertId);
    }

    /** What the monitoring runs did to the alert (历次监控), in as-of order. */
    @Get("/{alertId}/history")
    List<AlertHistoryEntry> history(Caller caller, long alertId) {
        return alerts.history(caller, alertId);
    }

    @Post("/{alertId}/acknowledge")
    AlertView acknowledge(Caller caller, long alertId, @Body Acknowledgement body) {
        return alerts.acknowledge(caller, alertId, body.correctiveAction(), body.version());
    }

    @Post("/{alertId}/resolve")
    AlertView resolve(Caller caller, long alertId, @Body Resolution body) {
        return alerts.resolve(caller, alertId, body.resolution(), body.version());
    }
}
