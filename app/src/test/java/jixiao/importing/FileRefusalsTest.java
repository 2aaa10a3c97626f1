package jixiao.importing;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.importing.document.TestPdfs;
import jixiao.testing.Http;
import jixiao.testing.Json;
import jixiao.testing.World;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12, bad input: a damaged, encrypted, unpacking-without-end or scanned .pdf, .doc, .docx or .xls is refused
 * over HTTP with a Chinese message naming the file and the problem, and nothing is stored. The app runs in the
 * test JVM at -Xmx512m (surefire's argLine), so a file that made it build without bounds would fail here.
 */
@MicronautTest
class FileRefusalsTest {

    private static final String IMPORT = "/api/imports/target-tables";

    @Inject
    EmbeddedServer server;

    private Http finance;
    private String unit;

    private void refused(String filename, byte[] file, String... fragments) {
        if (finance == null) {
            World world = new World(server.getURL().toString());
            finance = world.script(world.user("FINANCE", List.of()));
            unit = world.unit("拒收测试单位");
        }
        Http.Response r = finance.postMultipart(IMPORT + "?year=2087&dryRun=false&unitCode=" + unit, "file", filename, file, Map.of());
        assertEquals(400, r.status(), filename + ": " + r.body());
        String message = r.body();
        assertTrue(message.contains("《" + filename + "》"), filename + " is named: " + message);
        for (String f : fragments) {
            assertTrue(message.contains(f), filename + ": " + f + " in " + message);
        }
        assertEquals(0, Json.parse(finance.get("/api/projects?unitCode=" + unit).body()).size(), "nothing stored");
    }

    @Test
    void damagedEncryptedScannedAndEndlessPdfsAreRefused() throws IOException {
        byte[] pdf = SeedFiles.pdf(Seeds.text("leting-2024.txt"));
        byte[] junk = new byte[50_000];
        new Random(12).nextBytes(junk);
        byte[] damaged = new byte[junk.length + 9];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, damaged, 0, 9);
        System.arraycopy(junk, 0, damaged, 9, junk.length);
        refused("坏.pdf", damaged, "不是可读取的 PDF 文件");
        refused("加密.pdf", encrypted(pdf), "加密的 PDF", "密码");
        refused("扫描件.pdf", TestPdfs.withoutText(3), "没有文字层", "OCR");
        refused("太长.pdf", TestPdfs.withoutText(2001), "有 2001 页", "超过 2000 页");
        byte[] bomb = pdfBomb(200L * 1024 * 1024);
        assertTrue(bomb.length < 2 * 1024 * 1024, "a small file: " + bomb.length);
        refused("炸弹.pdf", bomb, "解压后超过 64 MB");
    }

    @Test
    void damagedOrEncryptedWordFilesAreRefusedWithTheAdviceToSaveAsDocx() throws IOException {
        refused("旧版.doc", ole2("WordDocument", noise(4096)), "不是可读取的旧版 Word（.doc）文件", "另存为 .docx");
        refused("不是Word.doc", ole2("Other", new byte[4096]), "不是可读取的旧版 Word（.doc）文件");
        refused("加密.docx", ole2("EncryptedPackage", new byte[4096]), "设置了打开密码", "另存为 .docx");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                z.write(spaces);
            }
        }
        assertTrue(zip.size() < 1024 * 1024, "a small file: " + zip.size());
        refused("炸弹.docx", zip.toByteArray(), "解压后超过 30 MB");
    }

    @Test
    void damagedEncryptedAndOversizedXlsFilesAreRefused() throws IOException {
        refused("坏.xls", ole2("Workbook", noise(4096)), "不是可读取的 Excel 97（.xls）文件");
        byte[] locked;
        Biff8EncryptionKey.setCurrentUserPassword("密码123");
        try {
            locked = SeedFiles.xls(Seeds.text("leting-2024.txt"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        refused("加密.xls", locked, "设置了打开密码");
        refused("大表.xls", manyCells(14_000, 15), "单元格超过 200000 个");
    }

    @Test
    void theImportPageShowsWhyAFileWasRefused() throws IOException {
        World world = new World(server.getURL().toString());
        Http browser = world.browser(world.user("FINANCE", List.of()));
        browser.get("/imports");
        Http.Response r = browser.postMultipart("/imports/preview", "file", "扫描件.pdf", TestPdfs.withoutText(1),
                Map.of("csrfToken", browser.csrfToken().orElseThrow(), "year", "2024"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.body().contains("文件《扫描件.pdf》是没有文字层的 PDF"), r.body());
    }

    private static byte[] encrypted(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose drawing instructions unpack to {@code bytes} of text shown, from a small file. */
    private static byte[] pdfBomb(long bytes) throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] chunk = "(xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx) Tj\n".repeat(16_000)
                    .getBytes(StandardCharsets.US_ASCII);
            out.write("BT /F1 1 Tf\n".getBytes(StandardCharsets.US_ASCII));
            for (long n = 0; n < bytes; n += chunk.length) {
                out.write(chunk);
            }
            out.write("ET\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            COSStream stream = doc.getDocument().createCOSStream();
            try (OutputStream raw = stream.createRawOutputStream()) {
                raw.write(deflated.toByteArray());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(new PDStream(stream));
            doc.addPage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** What a damaged stream holds. */
    private static byte[] noise(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    /** An OLE2 container holding one stream of that name. */
    private static byte[] ole2(String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] manyCells(int rows, int columns) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("大表");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(1);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
