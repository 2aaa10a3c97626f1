package jixiao.monitoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.access.Caller;

import java.util.List;

/** Monitoring runs over JSON, for finance: start one, follow it. */
@Controller("/api/monitoring/runs")
@Secured({"FINANCE", "ADMIN"})
class MonitoringApiController {

    private static final int RECENT = 50;

    /** @param asOf the monitoring date, e.g. "2024-06-30" */
    @Serdeable
    record RunRequest(@Nullable String asOf) {
    }

    private final MonitoringService monitoring;

    MonitoringApiController(MonitoringService monitoring) {
        this.monitoring = monitoring;
    }

    /** Answers 202 at once: the run executes in the background; follow it at the Location. */
    @Post
    HttpResponse<RunView> start(Caller caller, @Body RunRequest request) {
        RunView run = monitoring.start(caller, request.asOf());
        return HttpResponse.accepted().header(HttpHeaders.LOCATION, "/api/monitoring/runs/" + run.id()).body(run);
    }

    @Get("/{runId}")
    RunView get(Caller caller, long runId) {
        return monitoring.run(caller, runId);
    }

    @Get
    List<RunView> list(Caller caller, @Nullable @QueryValue Integer year) {
        return monitoring.recent(caller, year, RECENT);
    }
}
