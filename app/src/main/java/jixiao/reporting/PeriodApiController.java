package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reporting periods: {@code GET /api/reporting-periods?year=} (default the current year) lists a
 * year's periods, creating its defaults first; finance adds one with {@code POST ?year=} and body
 * {@code {"endMonth":7,"label":"1—7月","deadline":"2024-08-10"}} and changes label or deadline with
 * {@code PUT /api/reporting-periods/{YYYY-MM}}, and removes one that nothing hangs on with {@code DELETE}.
 */
@Controller("/api/reporting-periods")
class PeriodApiController {

    private final ReportingPeriods periods;
    private final Clock clock;

    PeriodApiController(ReportingPeriods periods, Clock clock) {
        this.periods = periods;
        this.clock = clock;
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<ReportingPeriodView> list(Caller caller, @Nullable @QueryValue Integer year) {
        return periods.list(caller, year == null ? LocalDate.now(clock).getYear() : year);
    }

    @Post
    @Secured({"FINANCE", "ADMIN"})
    HttpResponse<ReportingPeriodView> add(Caller caller, @Nullable @QueryValue Integer year, @Body PeriodInput input) {
        return HttpResponse.created(periods.add(caller, year, input));
    }

    @Put("/{period}")
    @Secured({"FINANCE", "ADMIN"})
    ReportingPeriodView update(Caller caller, String period, @Body PeriodInput input) {
        return periods.update(caller, period, input);
    }

    /** 204; 409 while the period has reports or handled alerts, or is its year's only one. */
    @Delete("/{period}")
    @Secured({"FINANCE", "ADMIN"})
    @Status(HttpStatus.NO_CONTENT)
    void delete(Caller caller, String period) {
        periods.delete(caller, period);
    }
}
