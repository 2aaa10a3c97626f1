package jixiao.importing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jixiao.access.Caller;

import java.nio.charset.StandardCharsets;

/**
 * Excel downloads: {@code GET /api/projects/{id}/export.xlsx}, {@code GET /api/export.xlsx?year=&unitCode=}
 * (the list's filter; a bureau gets only its units) and the import template {@code GET /imports/template.xlsx}.
 */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class WorkbookController {

    private final WorkbookExchange exchange;

    WorkbookController(WorkbookExchange exchange) {
        this.exchange = exchange;
    }

    // JSON (API) and HTML (page) too: Micronaut matches routes by the Accept header, and a refusal
    // (404, 401) is answered in those.
    @Get(value = "/api/projects/{id}/export.xlsx", produces = {ProjectWorkbook.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> project(Caller caller, long id) {
        return download(exchange.project(caller, id), "project-" + id + ".xlsx");
    }

    @Get(value = "/api/export.xlsx", produces = {ProjectWorkbook.CONTENT_TYPE, MediaType.APPLICATION_JSON})
    HttpResponse<byte[]> projects(Caller caller, @Nullable @QueryValue Integer year, @Nullable @QueryValue String unitCode) {
        return download(exchange.projects(caller, year, unitCode), "projects.xlsx");
    }

    @Get(value = "/imports/template.xlsx", produces = {ProjectWorkbook.CONTENT_TYPE, MediaType.TEXT_HTML})
    HttpResponse<byte[]> template() {
        return download(exchange.template(), "template.xlsx");
    }

    /** The Chinese name for browsers that read RFC 6266's filename*, an ASCII one for those that do not. */
    private static HttpResponse<byte[]> download(WorkbookExchange.Download d, String asciiName) {
        return HttpResponse.ok(d.bytes())
                .contentType(ProjectWorkbook.CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + percentEncoded(safeFilename(d.filename())))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** Without the characters file systems refuse ({@code / \ : * ? " < > |}) and control characters. */
    static String safeFilename(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> b.appendCodePoint("/\\:*?\"<>|".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c));
        return b.toString();
    }

    /** RFC 5987 value characters: letters, digits and {@code -._~} as they are, every other UTF-8 byte as %XX. */
    static String percentEncoded(String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
