package jixiao.apidocs;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The description of the JSON API for people writing scripts: the OpenAPI document and Swagger UI over it (its
 * files come from the swagger-ui webjar, served at {@code /api/docs/ui/}). For logged-in users only: the API's
 * shape is no secret, but there is no reason to show it to strangers.
 */
@Controller("/api")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ApiDocsController {

    static final MediaType YAML = MediaType.of("application/yaml");

    @Introspected
    record DocsView(String document) {
    }

    /** Built once: the document is fixed at build time. */
    private volatile String document;

    // JSON listed too, as for the workbook downloads: scripts ask every /api path for JSON, and errors are JSON
    @Get(value = "/openapi.yml", produces = {"application/yaml", MediaType.APPLICATION_JSON})
    @Operation(summary = "本接口的 OpenAPI 3 描述", responses = @ApiResponse(responseCode = "200", description = "OpenAPI 文档",
            content = @Content(mediaType = "application/yaml")))
    HttpResponse<String> document() {
        String d = document;
        if (d == null) {
            d = ApiDocument.load();
            document = d;
        }
        return HttpResponse.ok(d).contentType(YAML);
    }

    @Get(value = "/docs", produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(summary = "Swagger UI：浏览并试用本接口", responses = @ApiResponse(responseCode = "200", description = "Swagger UI 页面",
            content = @Content(mediaType = "text/html")))
    HttpResponse<ModelAndView<DocsView>> docs() {
        return HttpResponse.ok(new ModelAndView<>("apidocs/docs", new DocsView("/api/openapi.yml")))
                .contentType(MediaType.TEXT_HTML_TYPE);
    }
}
