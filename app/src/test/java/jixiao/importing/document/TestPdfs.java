package jixiao.importing.document;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * PDFs of table rows as a word processor prints them: each cell's text placed at its column, empty cells left
 * blank, no cell borders in the text. The machine has no Chinese font to embed (fc-list :lang=zh is empty, the
 * JDK has none), so the text is shown in a font that is named, not embedded, with Identity-H codes that are the
 * characters' UTF-16 units and a ToUnicode map saying so: the text layer is exact, which is all the reader
 * uses; a viewer shows it in whatever Chinese font it has. Every character is one em wide (DW 1000).
 */
public final class TestPdfs {

    public static final float FONT_SIZE = 10;
    /** The space between two cells: a cell's padding and border as in the published tables. */
    public static final float CELL_GAP = 2 * FONT_SIZE;
    private static final float LINE_HEIGHT = 16;
    private static final float MARGIN = 36;

    private TestPdfs() {
    }

    /** One page per {@code linesPerPage} rows; a row is its cells, "" for an empty one. */
    public static byte[] pdf(List<List<String>> rows, int linesPerPage) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = font(doc);
            for (int from = 0; from < Math.max(rows.size(), 1); from += linesPerPage) {
                List<List<String>> page = rows.subList(Math.min(from, rows.size()), Math.min(from + linesPerPage, rows.size()));
                float width = 595;
                StringBuilder content = new StringBuilder();
                float y = MARGIN + linesPerPage * LINE_HEIGHT;
                for (List<String> row : page) {
                    float x = MARGIN;
                    for (String cell : row) {
                        String text = cell.strip();
                        if (!text.isEmpty()) {
                            content.append("BT /F1 ").append(FONT_SIZE).append(" Tf 1 0 0 1 ").append(x).append(' ').append(y)
                                    .append(" Tm <").append(hex(text)).append("> Tj ET\n");
                        }
                        // an empty cell still takes its column's room
                        x += Math.max(text.length(), 2) * FONT_SIZE + CELL_GAP;
                    }
                    width = Math.max(width, x + MARGIN);
                    y -= LINE_HEIGHT;
                }
                PDPage p = new PDPage(new PDRectangle(width, 2 * MARGIN + linesPerPage * LINE_HEIGHT));
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                COSDictionary resources = new COSDictionary();
                resources.setItem(COSName.FONT, fonts);
                p.setResources(new PDResources(resources));
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                p.setContents(stream);
                doc.addPage(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A PDF whose pages hold nothing but a drawn rectangle, as a scan holds only an image. */
    public static byte[] withoutText(int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                PDPage p = new PDPage(PDRectangle.A4);
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream()) {
                    out.write("0.5 g 50 50 400 600 re f\n".getBytes(StandardCharsets.US_ASCII));
                }
                p.setContents(stream);
                doc.addPage(p);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static String hex(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            b.append(String.format("%04X", (int) c));
        }
        return b.toString();
    }

    private static COSDictionary font(PDDocument doc) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "SimSun");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (int v : new int[]{0, -200, 1000, 900}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, "SimSun");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "SimSun");
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream()) {
            out.write(toUnicodeCMap().getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    /** Code = the character's UTF-16 unit, for the whole Basic Multilingual Plane. */
    private static String toUnicodeCMap() {
        StringBuilder b = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        for (int block = 0; block < 256; block += 64) {
            b.append("64 beginbfrange\n");
            for (int hi = block; hi < block + 64; hi++) {
                b.append(String.format("<%02X00> <%02XFF> <%02X00>%n", hi, hi, hi));
            }
            b.append("endbfrange\n");
        }
        b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return b.toString();
    }
}
