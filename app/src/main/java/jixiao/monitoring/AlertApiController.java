package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.uri.UriBuilder;
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

    /** The header naming where the next page starts (the value of {@code after}); absent on the last page. */
    static final String NEXT_HEADER = "X-Next-After";

    /**
     * A page of 100. The body is the list as before; the next page is {@code after=} the value of the
     * {@value #NEXT_HEADER} header (also given as a {@code Link: <…>; rel="next"}), read from an index
     * at the same cost on every page; {@code page} still works, at a cost growing with the page.
     *
     * @param status OPEN, ACKNOWLEDGED, RESOLVED or CLOSED; all when absent
     * @param after  the {@value #NEXT_HEADER} of the previous page
     */
    @Get
    HttpResponse<List<AlertView>> list(HttpRequest<?> request, Caller caller, @Nullable @QueryValue Integer year,
                                       @Nullable @QueryValue String unitCode, @Nullable @QueryValue String status,
                                       @Nullable @QueryValue String light, @Nullable @QueryValue Long projectId,
                                       @Nullable @QueryValue Integer page, @Nullable @QueryValue String after) {
        AlertService.AlertPage found = alerts.page(caller,
                AlertFilters.of(year, unitCode, status, light, projectId, page, false), after);
        MutableHttpResponse<List<AlertView>> response = HttpResponse.ok(found.alerts());
        if (found.next() != null) {
            UriBuilder next = UriBuilder.of(request.getUri());
            next.replaceQueryParam("page");
            next.replaceQueryParam("after", found.next());
            response.header(NEXT_HEADER, found.next());
            response.header(HttpHeaders.LINK, "<" + next.build() + ">; rel=\"next\"");
        }
        return response;
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
