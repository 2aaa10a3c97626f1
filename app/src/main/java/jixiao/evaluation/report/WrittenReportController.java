package jixiao.evaluation.report;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.common.ConflictException;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.Notice;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The 自评报告 of a project: its sections as JSON, the edit page, and the .docx. */
@Controller
class WrittenReportController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** {@code message}: why the last save did not go through (stale, read-only), shown above the form. */
    @Introspected
    record EditPage(PageContext page, WrittenReportView report, List<WrittenReportView.Section> sections,
                    List<Problem> problems, @Nullable String message) {
    }

    private final WrittenReportService reports;
    private final CsrfGuard csrf;

    WrittenReportController(WrittenReportService reports, CsrfGuard csrf) {
        this.reports = reports;
        this.csrf = csrf;
    }

    @Get("/api/projects/{id}/self-evaluation/report")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    WrittenReportView get(Caller caller, long id) {
        return reports.get(caller, id);
    }

    @Put("/api/projects/{id}/self-evaluation/report")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    WrittenReportView save(Caller caller, long id, @Body WrittenReportInput input) {
        return reports.save(caller, id, input);
    }

    @Get("/api/projects/{id}/self-evaluation/report.docx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> document(Caller caller, long id) {
        WrittenReportService.Document doc = reports.document(caller, id);
        String encoded = URLEncoder.encode(doc.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(doc.content()).contentType(DOCX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"self-evaluation-report.docx\"; filename*=UTF-8''" + encoded);
    }

    @Get("/projects/{id}/evaluation/report")
    @View("evaluation/report")
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    EditPage page(PageContext page, Caller caller, long id) {
        WrittenReportView report = reports.get(caller, id);
        return new EditPage(page, report, report.sections(), List.of(), null);
    }

    /** One textarea per section; what was typed stays on the page when the save is refused. */
    @Post(value = "/projects/{id}/evaluation/report", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<?> post(HttpRequest<?> request, PageContext page, Caller caller, long id, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        List<WrittenReportInput.SectionText> texts = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            String text = form.one("section_" + section.key());
            if (text != null) {
                texts.add(new WrittenReportInput.SectionText(section.key(), text));
            }
        }
        WrittenReportInput input = new WrittenReportInput(FormData.toLong(form.one("version")), texts);
        try {
            reports.save(caller, id, input);
        } catch (InvalidInputException e) {
            return typedBack(HttpStatus.BAD_REQUEST, page, caller, id, input, e.problems(), null);
        } catch (ConflictException e) {
            return typedBack(HttpStatus.CONFLICT, page, caller, id, input, List.of(), e.getMessage());
        } catch (ForbiddenException e) {
            return typedBack(HttpStatus.FORBIDDEN, page, caller, id, input, List.of(), e.getMessage());
        }
        return Redirects.seeOther("/projects/" + id + "/evaluation/report", Notice.SAVED);
    }

    private HttpResponse<?> typedBack(HttpStatus status, PageContext page, Caller caller, long id, WrittenReportInput input,
                                      List<Problem> problems, String message) {
        WrittenReportView now = reports.get(caller, id);
        List<WrittenReportView.Section> typed = now.sections().stream()
                .map(s -> input.sections().stream().filter(t -> s.key().equals(t.key())).findFirst()
                        .map(t -> new WrittenReportView.Section(s.key(), s.title(), t.text() == null ? "" : t.text(), s.edited()))
                        .orElse(s))
                .toList();
        return HttpResponse.status(status).body(new ModelAndView<>("evaluation/report",
                new EditPage(page, now, typed, problems, message)));
    }
}
