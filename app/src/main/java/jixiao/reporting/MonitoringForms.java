package jixiao.reporting;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.account.PeopleNames;
import jixiao.common.Messages;
import jixiao.project.ProjectService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The 项目绩效运行监控表 of a project and period, from the report as {@link PeriodReportService} reads it. */
@Singleton
class MonitoringForms {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final PeriodReportService reports;
    private final ProjectService projects;
    private final PeopleNames people;

    MonitoringForms(PeriodReportService reports, ProjectService projects, PeopleNames people) {
        this.reports = reports;
        this.projects = projects;
        this.people = people;
    }

    MonitoringForm get(Caller caller, long projectId, String period) {
        PeriodReportView report = reports.get(caller, projectId, period);
        return MonitoringForm.of(report, projects.get(caller, projectId), people.of(report.submittedBy(), report.reviewedBy()));
    }

    /** The form as an .xlsx download, named after the project and period. */
    HttpResponse<byte[]> workbook(Caller caller, long projectId, String period) {
        MonitoringForm form = get(caller, projectId, period);
        String name = Messages.text("reporting.sheet.fileName", form.projectName(), form.period());
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(MonitoringFormWorkbook.write(form))
                .contentType(MediaType.of(XLSX))
                .header("Content-Disposition", "attachment; filename=\"monitoring-sheet.xlsx\"; filename*=UTF-8''" + encoded);
    }
}
