package jixiao.reporting;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Redirects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Finance's bulk spend upload: choose period and file, see the preview (matched, unmatched and
 * wrong rows), confirm. The confirm form carries the file itself, so any app instance can store it.
 */
@Controller("/reports/spend-upload")
@Produces(MediaType.TEXT_HTML)
@Secured({"FINANCE", "ADMIN"})
class SpendUploadPageController {

    @Introspected
    record UploadPage(PageContext page, int year, List<ReportingPeriodView> periods, @Nullable String period,
                      List<ReportPageController.Option> kinds, List<Problem> problems) {
    }

    /** The preview; {@code content} is the uploaded file in Base64 for the confirm form. */
    @Introspected
    record PreviewPage(PageContext page, SpendUploadResult result, String content, boolean confirmable) {
    }

    private final SpendUpload uploads;
    private final ReportingPeriods periods;
    private final CsrfGuard csrf;
    private final Clock clock;

    SpendUploadPageController(SpendUpload uploads, ReportingPeriods periods, CsrfGuard csrf, Clock clock) {
        this.uploads = uploads;
        this.periods = periods;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get
    HttpResponse<?> form(PageContext page, Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String period) {
        return HttpResponse.ok(new ModelAndView<>("reporting/upload", uploadPage(page, caller, year, period, null, List.of())));
    }

    /** The file arrives as multipart; a form post without a file (or without the token) is refused like any other. */
    @Post(consumes = {MediaType.MULTIPART_FORM_DATA, MediaType.APPLICATION_FORM_URLENCODED})
    HttpResponse<?> preview(HttpRequest<?> request, PageContext page, Caller caller, @Nullable @Part("csrfToken") String token,
                            @Nullable @Part("period") String period, @Nullable @Part("kind") String kind,
                            @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verified(request, Map.of(CsrfGuard.FIELD, token == null ? "" : token));
        if (file == null || file.getSize() == 0) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/upload", uploadPage(page, caller, null, period, kind,
                    List.of(new Problem("file", Messages.text("reporting.upload.noFile"))))));
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            SpendUploadResult result = uploads.upload(caller, period, kind, file.getFilename(), content, false);
            PreviewPage model = new PreviewPage(page, result, Base64.getEncoder().encodeToString(content), result.acceptable() && result.counted() > 0);
            return result.acceptable() ? HttpResponse.ok(new ModelAndView<>("reporting/upload-preview", model))
                    : HttpResponse.badRequest(new ModelAndView<>("reporting/upload-preview", model));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/upload", uploadPage(page, caller, null, period, kind, e.problems())));
        }
    }

    @Post(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String period = form.one("period");
        String kind = form.one("kind");
        byte[] content;
        try {
            content = Base64.getDecoder().decode(form.one("content") == null ? "" : form.one("content").strip());
        } catch (IllegalArgumentException e) {
            content = new byte[0];
        }
        try {
            SpendUploadResult result = uploads.upload(caller, period, kind, form.one("filename"), content, true);
            if (!result.stored()) {
                PreviewPage model = new PreviewPage(page, result, Base64.getEncoder().encodeToString(content), false);
                return HttpResponse.badRequest(new ModelAndView<>("reporting/upload-preview", model));
            }
            return Redirects.seeOther("/reports?year=" + period.substring(0, 4) + "&period=" + period
                    + "&uploaded=" + result.projects().size());
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(new ModelAndView<>("reporting/upload", uploadPage(page, caller, null, period, kind, e.problems())));
        }
    }

    private UploadPage uploadPage(PageContext page, Caller caller, Integer year, String period, String kind, List<Problem> problems) {
        int y = year != null ? year : ReportingCalendar.parseCode(period).map(YearMonth::getYear).orElse(LocalDate.now(clock).getYear());
        List<ReportingPeriodView> list = periods.list(caller, y);
        List<ReportPageController.Option> kinds = Arrays.stream(SpendKind.values())
                .map(k -> new ReportPageController.Option(k.name(), k.label(), kind == null ? k == SpendKind.PAYMENTS : k.name().equals(kind)))
                .toList();
        return new UploadPage(page, y, list, period, kinds, problems);
    }
}
