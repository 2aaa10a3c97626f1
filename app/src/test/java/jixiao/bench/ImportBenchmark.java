package jixiao.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jixiao.importing.SeedFiles;
import jixiao.importing.document.TestPdfs;
import jixiao.testing.Http;
import jixiao.testing.Json;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.Map;

/**
 * Times the import of many published target tables in one upload, through the HTTP API, on the
 * embedded MariaDB (a fresh one under app/target/bench-mariadb). Not a test: run it with the
 * command in the README and read the numbers. Then the file kinds (issue 12): a 200-page PDF and a .docx of 300
 * tables, each a dry run, beside the dry run of the same tables pasted as text, measured in the same run.
 *
 * <p>Arguments: number of tables (default 1000).
 */
public final class ImportBenchmark {

    private static final int PDF_PAGES = 200;
    private static final int PDF_LINES_PER_PAGE = 45;
    private static final int DOCX_TABLES = 300;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args);
            status = 0;
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
        } finally {
            // Threads that are no daemons outlive the closed context (the JDK HttpClient's selector, MariaDB
            // driver and pool housekeepers), so the JVM would stay up after main; name them, then end it.
            Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.isAlive() && !t.isDaemon() && t != Thread.currentThread())
                    .forEach(t -> System.err.println("still running: " + t.getName()));
            System.exit(status);
        }
    }

    private static void run(String[] args) {
        int tables = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        String admin = "bench-admin-password";
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "jixiao.embedded-db.directory", "target/bench-mariadb",
                "jixiao.embedded-db.fresh-data", true,
                "jixiao.admin.password", admin,
                "jixiao.scheduler.enabled", false,
                "micronaut.server.port", -1))) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            Http http = Http.script(server.getURL().toString(), "admin", admin);
            String text = generate(tables);
            System.out.printf("%d tables, %d characters%n", tables, text.length());
            for (String round : new String[]{"warm-up (dry run)", "first import", "re-import (updates)"}) {
                boolean dry = round.startsWith("warm-up");
                long start = System.nanoTime();
                Http.Response r = http.postText("/api/imports/target-tables?year=2030&dryRun=" + dry, text);
                long ms = (System.nanoTime() - start) / 1_000_000;
                if (r.status() != 200) {
                    throw new IllegalStateException(round + " failed: " + r.status() + " " + r.body().substring(0, Math.min(500, r.body().length())));
                }
                System.out.printf("%-22s %6d ms  (%.1f ms per table)%n", round, ms, (double) ms / tables);
            }
            fileKinds(http);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same tables as a PDF of {@value #PDF_PAGES} pages and as a .docx of 300 tables, against their text. */
    private static void fileKinds(Http http) throws IOException {
        int perTable = SeedFiles.rows(generate(1)).size();
        int pdfTables = (PDF_PAGES * PDF_LINES_PER_PAGE + perTable - 1) / perTable;
        String pdfText = generate(pdfTables);
        byte[] pdf = TestPdfs.pdf(SeedFiles.rows(pdfText), PDF_LINES_PER_PAGE);
        String docxText = generate(DOCX_TABLES);
        byte[] docx = SeedFiles.docx(docxText);
        System.out.printf("PDF: %d tables on %d pages, %d KB; .docx: %d tables, %d KB%n", pdfTables,
                (SeedFiles.rows(pdfText).size() + PDF_LINES_PER_PAGE - 1) / PDF_LINES_PER_PAGE, pdf.length / 1024,
                DOCX_TABLES, docx.length / 1024);
        // each file once to warm up, then timed
        for (int round = 0; round < 2; round++) {
            boolean timed = round == 1;
            time(http, timed, "PDF (dry run)", pdfTables, () -> http.postMultipart(
                    "/api/imports/target-tables?year=2030&dryRun=true", "file", "基准.pdf", pdf, Map.of()));
            time(http, timed, "same as text", pdfTables, () -> http.postText(
                    "/api/imports/target-tables?year=2030&dryRun=true", pdfText));
            time(http, timed, ".docx (dry run)", DOCX_TABLES, () -> http.postMultipart(
                    "/api/imports/target-tables?year=2030&dryRun=true", "file", "基准.docx", docx, Map.of()));
            time(http, timed, "same as text", DOCX_TABLES, () -> http.postText(
                    "/api/imports/target-tables?year=2030&dryRun=true", docxText));
        }
    }

    private static void time(Http http, boolean print, String what, int tables, java.util.function.Supplier<Http.Response> call) {
        long start = System.nanoTime();
        Http.Response r = call.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (r.status() != 200) {
            throw new IllegalStateException(what + " failed: " + r.status() + " " + r.body().substring(0, Math.min(500, r.body().length())));
        }
        int read = Json.parse(r.body()).get("projects").size();
        if (read != tables) {
            throw new IllegalStateException(what + ": " + read + " tables read of " + tables);
        }
        if (print) {
            System.out.printf("%-22s %6d ms  (%d tables)%n", what, ms, tables);
        }
    }

    /** Tables in 乐亭's layout (one cell per line), each with its own code, name and budget. */
    static String generate(int n) {
        StringBuilder sb = new StringBuilder(n * 900);
        for (int i = 1; i <= n; i++) {
            String budget = (i % 97 + 1) + "." + String.format("%02d", i % 100);
            sb.append(i).append(".基准测试项目").append(i).append("绩效目标表\n")
              .append("\t315001乐亭县司法局本级\n\t单位：万元\n\n")
              .append("\t项目编码\n\t13022524P00B").append(String.format("%08d", i)).append("N\n")
              .append("\t项目名称\n\t基准测试项目").append(i).append("\n\n")
              .append("\t预算规模及资金用途\n\t预算数\n\t").append(budget).append("\n\t其中：财政    资金\n\t").append(budget)
              .append("\n\t其他资金\n\t \n\n\t\n\t用于基准测试的日常办案费用\n\n")
              .append("\t资金支出计划（%）\n\t3月底\n\t6月底\n\t10月底\n\t12月底\n\n\t\n\t25%\n\t50%\n\t75%\n\t100%\n\n")
              .append("\t绩效目标\n\t1.完成县政府交办的各项事务，维护社会稳定\n\n\n \n")
              .append("\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n")
              .append(row("产出指标", "数量指标", "普法宣传场次", "≥" + (i % 60 + 5) + "场"))
              .append(row("", "质量指标", "基层法律服务工作者执业核准率", "≥95%"))
              .append(row("", "时效指标", "及时完成", "及时完成"))
              .append(row("", "成本指标", "控制在预算内", "≤" + budget + "万元"))
              .append(row("效益指标", "社会效益指标", "维护社会稳定", "明显提升"))
              .append(row("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"))
              .append("\n\n \n");
        }
        return sb.toString();
    }

    private static String row(String level1, String level2, String name, String target) {
        return "\t" + level1 + "\n\t" + level2 + "\n\t" + name + "\n\t" + name + "\n\t" + target + "\n\t年初预算安排\n\n";
    }
}
