package jixiao.reporting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.common.ConflictException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Finance's page of a year's reporting periods: add a period (e.g. 1—7月), change a label or deadline, remove one added by mistake. */
@Controller("/reports/periods")
@Produces(MediaType.TEXT_HTML)
@Secured({"FINANCE", "ADMIN"})
class PeriodPageController {

    @Introspected
    record PeriodsPage(PageContext page, int year, List<ReportingPeriodView> periods, List<Problem> problems,
                       @Nullable String endMonth, @Nullable String label, @Nullable String deadline) {
    }

    private final ReportingPeriods periods;
    private final CsrfGuard csrf;
    private final Clock clock;

    PeriodPageController(ReportingPeriods periods, CsrfGuard csrf, Clock clock) {
        this.periods = periods;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> list(PageContext page, Caller caller, @Nullable @QueryValue Integer year) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        return HttpResponse.ok(new ModelAndView<>("reporting/periods", page(page, caller, y, List.of(), null, null, null)));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        Integer year = FormData.toInt(form.one("year"));
        String month = form.one("endMonth");
        Integer endMonth = FormData.toInt(month);
        try {
            if (month != null && !month.isBlank() && endMonth == null) {
                throw new InvalidInputException("endMonth", Messages.text("reporting.period.monthInvalid", month));
            }
            ReportingPeriodView added = periods.add(caller, year, new PeriodInput(endMonth, form.one("label"), form.one("deadline")));
            return Redirects.seeOther("/reports/periods?year=" + year, Notice.CREATED);
        } catch (InvalidInputException e) {
            int y = year == null ? LocalDate.now(clock).getYear() : year;
            return HttpResponse.badRequest(new ModelAndView<>("reporting/periods",
                    page(page, caller, y, e.problems(), month, form.one("label"), form.one("deadline"))));
        }
    }

    @Post(value = "/{period}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, PageContext page, Caller caller, String period, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        try {
            ReportingPeriodView saved = periods.update(caller, period, new PeriodInput(null, form.one("label"), form.one("deadline")));
            return Redirects.seeOther("/reports/periods?year=" + saved.year(), Notice.SAVED);
        } catch (InvalidInputException e) {
            int y = ReportingCalendar.parseCode(period).map(YearMonth::getYear).orElse(LocalDate.now(clock).getYear());
            return HttpResponse.badRequest(new ModelAndView<>("reporting/periods", page(page, caller, y, e.problems(), null, null, null)));
        }
    }

    @Post(value = "/{period}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(HttpRequest<?> request, PageContext page, Caller caller, String period, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        int y = ReportingCalendar.parseCode(period).map(YearMonth::getYear).orElse(LocalDate.now(clock).getYear());
        try {
            periods.delete(caller, period);
            return Redirects.seeOther("/reports/periods?year=" + y, Notice.DELETED);
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/periods", page(page, caller, y, e.problems(), null, null, null)));
        } catch (ConflictException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("reporting/periods",
                    page(page, caller, y, List.of(new Problem("period", e.getMessage())), null, null, null)));
        }
    }

    private PeriodsPage page(PageContext page, Caller caller, int year, List<Problem> problems, String endMonth, String label, String deadline) {
        return new PeriodsPage(page, year, periods.list(caller, year), problems, endMonth, label, deadline);
    }

}
