package jixiao.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.importing.document.DocumentText;
import jixiao.importing.document.Documents;
import jixiao.importing.document.HtmlTables;
import jixiao.web.ApiError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code POST /api/imports/target-tables?year=2024&dryRun=true|false&unitCode=&intoUnit=&confirmYear=}: the
 * text of published tables as {@code text/plain}, a web page holding them as {@code text/html}, or a file (text,
 * a saved web page, .docx, .doc, .pdf, .xlsx or .xls) as multipart field {@code file}. Without {@code dryRun=false}
 * nothing is stored. Errors answer 400 with every problem and where it is. For a workbook, {@code year} and
 * {@code unitCode} are optional: they fill sheets that leave them blank.
 * {@code intoUnit=true} stores every table in {@code unitCode} whatever code it prints; a table that prints
 * another year than the one it goes into is stored only with {@code confirmYear=true}.
 */
@Controller("/api/imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ImportApiController {

    private final TargetTableImport imports;
    private final WorkbookExchange workbooks;

    ImportApiController(TargetTableImport imports, WorkbookExchange workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
    }

    @Post(value = "/target-tables", consumes = MediaType.TEXT_PLAIN)
    HttpResponse<?> text(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue Boolean dryRun,
                         @Nullable @QueryValue String unitCode, @Nullable @QueryValue Boolean intoUnit,
                         @Nullable @QueryValue Boolean confirmYear, @Nullable @Body String text) {
        if (year == null) {
            return refused(Messages.text("import.yearRequired"), null);
        }
        if (text == null || text.isBlank()) {
            return refused(Messages.text("import.emptyBody"), null);
        }
        return answer(imports.importText(caller, text, year, options(unitCode, intoUnit, confirmYear, dryRun)));
    }

    /**
     * A web page holding the tables, or the {@code text/html} a browser copies from one: its tables are read as
     * cells (merged cells expanded, a cell spanning rows carried down), the text around them as lines; then as
     * {@code text/plain}. A page of more than 20 MB or 200,000 table cells is refused (400).
     */
    @Post(value = "/target-tables", consumes = MediaType.TEXT_HTML)
    HttpResponse<?> html(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue Boolean dryRun,
                         @Nullable @QueryValue String unitCode, @Nullable @QueryValue Boolean intoUnit,
                         @Nullable @QueryValue Boolean confirmYear, @Nullable @Body String html) {
        if (year == null) {
            return refused(Messages.text("import.yearRequired"), null);
        }
        DocumentText document = HtmlTables.read(html);
        if (Texts.isBlank(document.text())) {
            return refused(Messages.text("import.emptyBody"), null);
        }
        return answer(imports.importDocument(caller, document, year, options(unitCode, intoUnit, confirmYear, dryRun)));
    }

    @Post(value = "/target-tables", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> file(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue Boolean dryRun,
                         @Nullable @QueryValue String unitCode, @Nullable @QueryValue Boolean intoUnit,
                         @Nullable @QueryValue Boolean confirmYear, @Nullable @Part("file") CompletedFileUpload file) {
        if (file == null || file.getSize() == 0) {
            return refused(Messages.text("import.emptyBody"), null);
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportOptions options = options(unitCode, intoUnit, confirmYear, dryRun);
        Documents.Kind kind = Documents.kind(bytes, file.getFilename());
        if (kind.isWorkbook()) {
            // A workbook states its year and unit on each sheet; the parameters fill only blanks.
            WorkbookRead read = workbooks.read(bytes, file.getFilename()).withDefaults(year, unitCode);
            return answer(imports.importWorkbook(caller, read, options));
        }
        if (year == null) {
            return refused(Messages.text("import.yearRequired"), null);
        }
        DocumentText document;
        try {
            document = Documents.read(bytes, file.getFilename(), kind);
        } catch (Documents.Unreadable e) {
            return refused(e.getMessage(), null);
        }
        return answer(imports.importDocument(caller, document, year, options));
    }

    /**
     * JSON is what an API client sends by habit. Without this route Micronaut finds no route for the
     * content type and the security layer answers 403, which says nothing about the real mistake.
     */
    @Post(value = "/target-tables", consumes = MediaType.APPLICATION_JSON)
    HttpResponse<?> json() {
        String message = Messages.text("workbook.importContentType");
        return HttpResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new ApiError(message, List.of(new Problem("upload", message)), null));
    }

    private static ImportOptions options(String unitCode, Boolean intoUnit, Boolean confirmYear, Boolean dryRun) {
        return new ImportOptions(unitCode, Boolean.TRUE.equals(intoUnit), Boolean.TRUE.equals(confirmYear),
                !Boolean.FALSE.equals(dryRun));
    }

    private static HttpResponse<?> answer(ImportResult result) {
        if (!result.errors().isEmpty()) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST)
                    .body(new ApiError(Messages.text("import.notStored"), result.errors(), result));
        }
        return HttpResponse.ok(result);
    }

    private static HttpResponse<?> refused(String message, Object current) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).body(new ApiError(message, List.of(new Problem("upload", message)), current));
    }
}
