package jixiao.importing;

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
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.importing.document.DocumentText;
import jixiao.importing.document.Documents;
import jixiao.importing.document.HtmlTables;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The import page: paste or upload, see what was understood, confirm. The confirm form carries the
 * text itself, so nothing is kept between the two steps and any app instance can take the second.
 */
@Controller("/imports")
@Produces(MediaType.TEXT_HTML)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ImportPageController {

    @Introspected
    record FormView(PageContext page, int year, @Nullable String unitCode, boolean intoUnit, String text,
                    List<UnitView> units, List<Problem> problems) {
    }

    /**
     * @param text     the pasted text, or for a workbook its bytes in Base64 (the confirm form carries it back)
     * @param filename the workbook's name, null for text
     */
    @Introspected
    record PreviewView(PageContext page, int year, @Nullable String unitCode, boolean intoUnit, String text,
                       @Nullable String filename, ImportResult result, int created, int updated, int unchanged) {
    }

    private final TargetTableImport imports;
    private final WorkbookExchange workbooks;
    private final UnitService units;
    private final CsrfGuard csrf;
    private final Clock clock;

    ImportPageController(TargetTableImport imports, WorkbookExchange workbooks, UnitService units, CsrfGuard csrf, Clock clock) {
        this.imports = imports;
        this.workbooks = workbooks;
        this.units = units;
        this.csrf = csrf;
        this.clock = clock;
    }

    @Get
    @View("importing/form")
    FormView form(PageContext page, Caller caller) {
        List<UnitView> visible = units.list(caller);
        return new FormView(page, LocalDate.now(clock).getYear(), visible.size() == 1 ? visible.get(0).code() : null, false,
                "", visible, List.of());
    }

    @Post(value = "/preview", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> preview(HttpRequest<?> request, PageContext page, Caller caller, @Nullable @Part("csrfToken") String token,
                            @Nullable @Part("year") String year, @Nullable @Part("unitCode") String unitCode,
                            @Nullable @Part("intoUnit") String intoUnitBox,
                            @Nullable @Part("text") String pasted, @Nullable @Part("html") String pastedHtml,
                            @Nullable @Part("file") CompletedFileUpload file) {
        csrf.verify(request, token);
        int y = year(year);
        boolean intoUnit = "true".equals(intoUnitBox);
        ImportOptions options = new ImportOptions(unitCode, intoUnit, false, true);
        String text = pasted == null ? "" : pasted;
        DocumentText document = null;
        boolean uploaded = file != null && file.getSize() > 0;
        if (!uploaded && pastedHtml != null && !pastedHtml.isBlank()) {
            // the page's tables as cells, not the columns a browser's plain text leaves to be guessed
            try {
                DocumentText tables = HtmlTables.read(pastedHtml);
                if (!Texts.isBlank(tables.text())) {
                    document = tables;
                    text = tables.text();
                }
            } catch (InvalidInputException e) {
                return refuse(page, caller, y, unitCode, intoUnit, text, e.problems().get(0).message());
            }
        }
        if (uploaded) {
            byte[] bytes = bytes(file);
            Documents.Kind kind = Documents.kind(bytes, file.getFilename());
            if (kind.isWorkbook()) {
                ImportResult result = importWorkbook(caller, bytes, file.getFilename(), y, options);
                return HttpResponse.ok(new ModelAndView<>("importing/preview", new PreviewView(page, y, blankToNull(unitCode),
                        intoUnit, Base64.getEncoder().encodeToString(bytes), file.getFilename(), result, 0, 0, 0)));
            }
            try {
                // the document's text goes on as if pasted: the preview shows it, the confirmation posts it
                document = Documents.read(bytes, file.getFilename(), kind);
                text = document.text();
            } catch (Documents.Unreadable e) {
                return refuse(page, caller, y, unitCode, intoUnit, "", e.getMessage());
            }
        }
        if (text.isBlank()) {
            return refuse(page, caller, y, unitCode, intoUnit, text, Messages.text("import.emptyBody"));
        }
        ImportResult result = imports.importDocument(caller, document == null ? DocumentText.pasted(text) : document, y, options);
        return HttpResponse.ok(new ModelAndView<>("importing/preview",
                new PreviewView(page, y, blankToNull(unitCode), intoUnit, text, null, result, 0, 0, 0)));
    }

    @Post(value = "/confirm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> confirm(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        int y = year(form.one("year"));
        String unitCode = blankToNull(form.one("unitCode"));
        String text = form.one("text") == null ? "" : form.one("text");
        String filename = blankToNull(form.one("filename"));
        boolean intoUnit = "true".equals(form.one("intoUnit"));
        ImportOptions options = new ImportOptions(unitCode, intoUnit, "true".equals(form.one("confirmYear")), false);
        ImportResult result;
        try {
            result = filename == null ? imports.importText(caller, text, y, options)
                    : importWorkbook(caller, Base64.getDecoder().decode(text), filename, y, options);
        } catch (InvalidInputException e) {
            // Refused while storing (e.g. a code another unit uses): nothing was stored.
            return HttpResponse.badRequest(new ModelAndView<>("importing/form",
                    new FormView(page, y, unitCode, intoUnit, filename == null ? text : "", units.list(caller), e.problems())));
        }
        PreviewView view = new PreviewView(page, y, unitCode, intoUnit, text, filename, result,
                count(result, "CREATED"), count(result, "UPDATED"), count(result, "UNCHANGED"));
        return result.errors().isEmpty() ? HttpResponse.ok(new ModelAndView<>("importing/preview", view))
                : HttpResponse.badRequest(new ModelAndView<>("importing/preview", view));
    }

    private static int count(ImportResult result, String status) {
        return (int) result.allTables().stream().filter(t -> status.equals(t.status())).count();
    }

    private ImportResult importWorkbook(Caller caller, byte[] bytes, String filename, int year, ImportOptions options) {
        return imports.importWorkbook(caller, workbooks.read(bytes, filename).withDefaults(year, options.chosenUnit()), options);
    }

    private HttpResponse<?> refuse(PageContext page, Caller caller, int year, String unitCode, boolean intoUnit, String text,
                                   String message) {
        return HttpResponse.badRequest(new ModelAndView<>("importing/form",
                new FormView(page, year, unitCode, intoUnit, text, units.list(caller), List.of(new Problem("file", message)))));
    }

    private int year(String text) {
        try {
            return text == null || text.isBlank() ? LocalDate.now(clock).getYear() : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("year", Messages.text("import.yearRequired"));
        }
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
