package jixiao.evaluation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.SerdeImport;
import io.micronaut.serde.annotation.Serdeable;
import jixiao.access.Caller;
import jixiao.common.Messages;
import jixiao.database.HeavyWork;

import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jixiao.web.PipedDownload;

import java.io.IOException;
import java.net.URLEncoder;
import java.util.concurrent.ExecutorService;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The self-evaluation (绩效自评) JSON API and its {@code .xlsx} exports. */
@Controller("/api")
@SerdeImport(ScoreSheet.class)
@SerdeImport(IndicatorScore.class)
@SerdeImport(ScoringProblem.class)
class SelfEvaluationApiController {

    /** A workflow step: the version the caller saw (checked when given) and, for a review, a comment. */
    @Serdeable
    record Step(@Nullable Long version, @Nullable String comment) {
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final MediaType ZIP = new MediaType("application/zip");

    private final SelfEvaluationService evaluations;
    private final ScoringEngine engine;
    private final YearEndPack pack;
    private final ExecutorService io;
    private final HeavyWork heavy;

    SelfEvaluationApiController(SelfEvaluationService evaluations, ScoringEngine engine, YearEndPack pack,
                                @Named(TaskExecutors.IO) ExecutorService io, HeavyWork heavy) {
        this.evaluations = evaluations;
        this.engine = engine;
        this.pack = pack;
        this.io = io;
        this.heavy = heavy;
    }

    @Get("/projects/{id}/self-evaluation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SelfEvaluationView get(Caller caller, long id) {
        return evaluations.get(caller, id);
    }

    @Put("/projects/{id}/self-evaluation")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SelfEvaluationView save(Caller caller, long id, @Body SelfEvaluationInput input) {
        return evaluations.save(caller, id, input);
    }

    @Post("/projects/{id}/self-evaluation/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    SelfEvaluationView submit(Caller caller, long id, @Nullable @Body Step step) {
        return evaluations.submit(caller, id, step == null ? null : step.version());
    }

    @Post("/projects/{id}/self-evaluation/approve")
    @Secured({"FINANCE", "ADMIN"})
    SelfEvaluationView approve(Caller caller, long id, @Nullable @Body Step step) {
        return evaluations.approve(caller, id, step == null ? null : step.version(), step == null ? null : step.comment());
    }

    @Post("/projects/{id}/self-evaluation/return")
    @Secured({"FINANCE", "ADMIN"})
    SelfEvaluationView returnForCorrection(Caller caller, long id, @Nullable @Body Step step) {
        return evaluations.returnForCorrection(caller, id, step == null ? null : step.version(),
                step == null ? null : step.comment());
    }

    @Get("/projects/{id}/self-evaluation.xlsx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> workbook(Caller caller, long id) {
        SelfEvaluationView sheet = evaluations.get(caller, id);
        return attachment(SelfEvaluationWorkbooks.sheet(SelfEvaluationReport.of(sheet)),
                Messages.text("evaluation.file.sheet", String.valueOf(sheet.year()), sheet.projectName()));
    }

    @Get("/self-evaluations/summary")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    List<EvaluationSummaryRow> summary(Caller caller, @Nullable @QueryValue Integer year,
                                       @Nullable @QueryValue String unitCode, @Nullable @QueryValue String department,
                                       @Nullable @QueryValue String status) {
        return heavy.read(() -> evaluations.summary(caller, year, unitCode, department, status));
    }

    @Get("/self-evaluations/summary.xlsx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> summaryWorkbook(Caller caller, @Nullable @QueryValue Integer year,
                                         @Nullable @QueryValue String unitCode, @Nullable @QueryValue String department,
                                         @Nullable @QueryValue String status) {
        List<EvaluationSummaryRow> rows = heavy.read(() -> evaluations.summary(caller, year, unitCode, department, status));
        return attachment(SelfEvaluationWorkbooks.summary(rows, SummaryTotals.of(rows, evaluations.gradeLabels())),
                Messages.text("evaluation.file.summary", year == null ? "" : String.valueOf(year)));
    }

    /**
     * The year-end pack of a unit, or of every unit the caller sees, streamed: the zip is written while it is
     * sent. The unit is checked first, so another unit's pack is a 404 and not a broken download.
     */
    @Get("/year-end-pack.zip")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<StreamedFile> yearEndPack(Caller caller, @Nullable @QueryValue Integer year,
                                           @Nullable @QueryValue String unitCode) throws IOException {
        YearEndPack.Plan plan = pack.plan(caller, evaluations.yearOrLatest(caller, year), unitCode);
        // the turn is held while the pack is written, after this method has returned
        HeavyWork.Turn turn = heavy.turn();
        PipedDownload zip;
        try {
            zip = PipedDownload.start(io, "year-end pack " + year, out -> {
                try (turn) {
                    pack.write(plan, out);
                }
            });
        } catch (IOException | RuntimeException e) {
            turn.close();
            throw e;
        }
        return HttpResponse.ok(new StreamedFile(zip, ZIP))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(YearEndPack.fileName(plan), "year-end-pack.zip"));
    }

    /** The summary as published (信息公开): approved results only, without the names of people or states. */
    @Get("/self-evaluations/disclosure.xlsx")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<byte[]> disclosure(Caller caller, @Nullable @QueryValue Integer year,
                                    @Nullable @QueryValue String unitCode) {
        int shown = evaluations.yearOrLatest(caller, year);
        List<EvaluationSummaryRow> rows = heavy.read(() -> evaluations.disclosed(caller, shown, unitCode));
        String title = Messages.text("evaluation.disclosure.title", String.valueOf(shown));
        return attachment(SelfEvaluationWorkbooks.disclosure(title, rows, SummaryTotals.of(rows, evaluations.gradeLabels())),
                title + ".xlsx");
    }

    /** Scores a sheet that is not stored anywhere: nothing is read or written but the request. */
    @Post("/self-evaluation/score")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ScoreSheet score(@Body WhatIfRequest request) {
        return WhatIfScoring.score(engine, request);
    }

    /** A download; browsers take the UTF-8 file name, the ASCII one is for those that do not. */
    private static HttpResponse<byte[]> attachment(byte[] content, String filename) {
        return HttpResponse.ok(content).contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                disposition(filename, "self-evaluation.xlsx"));
    }

    private static String disposition(String filename, String ascii) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
