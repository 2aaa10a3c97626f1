package jixiao.reporting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

/**
 * A project's period report: {@code GET}/{@code PUT /api/projects/{id}/reports/{period}} (period
 * {@code YYYY-MM}), and the workflow steps {@code submit}, {@code approve}, {@code return} (body
 * {@code {"version": 3, "comment": "..."}}, both optional except the comment to return). A save or
 * step based on an older version answers 409 with the current report.
 */
@Controller("/api/projects/{id}/reports")
class ReportApiController {

    private final PeriodReportService reports;
    private final MonitoringForms sheets;

    ReportApiController(PeriodReportService reports, MonitoringForms sheets) {
        this.reports = reports;
        this.sheets = sheets;
    }

    /**
     * The report as the 项目绩效运行监控表 (.xlsx), in the printed layout with 填报人, 审核人 and the stamp box.
     * Like the API's other downloads it declares no media type, so a script sending {@code Accept:
     * application/json} still gets its 401, 404 or the file rather than 406.
     */
    @Get("/{period}/monitoring-sheet.xlsx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> monitoringSheet(Caller caller, long id, String period) {
        return sheets.workbook(caller, id, period);
    }

    @Get("/{period}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PeriodReportView get(Caller caller, long id, String period) {
        return reports.get(caller, id, period);
    }

    @Put("/{period}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PeriodReportView save(Caller caller, long id, String period, @Body PeriodReportInput input) {
        return reports.save(caller, id, period, input);
    }

    /**
     * "No change": stores the previous period's report, as {@code GET} shows it carried over, as this
     * period's draft (not submitted). 400 when the previous period has no report, 409 when this
     * period's report was saved already.
     */
    @Post("/{period}/carry-over")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PeriodReportView carryOver(Caller caller, long id, String period) {
        return reports.saveCarriedOver(caller, id, period);
    }

    @Post("/{period}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    PeriodReportView submit(Caller caller, long id, String period, @Nullable @Body ReviewInput input) {
        return reports.submit(caller, id, period, input == null ? ReviewInput.NONE : input);
    }

    @Post("/{period}/approve")
    @Secured({"FINANCE", "ADMIN"})
    PeriodReportView approve(Caller caller, long id, String period, @Nullable @Body ReviewInput input) {
        return reports.approve(caller, id, period, input == null ? ReviewInput.NONE : input);
    }

    @Post("/{period}/return")
    @Secured({"FINANCE", "ADMIN"})
    PeriodReportView returnForCorrection(Caller caller, long id, String period, @Nullable @Body ReviewInput input) {
        return reports.returnForCorrection(caller, id, period, input == null ? ReviewInput.NONE : input);
    }
}
