package jixiao.reporting;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpendFileTest {

    @Test
    void readsQuotedCsvWithHeadersInAnyOrderAndLineNumbers() {
        String csv = "\n金额（元）, 项目名称 ,单位编码,日期,备注\r\n\"1,200.50\",\"名称里有,逗号和\"\"引号\"\"\",640001,2024-06-30,\n\n30,乙,640001,2024/7/1,\"两行\n说明\"\n";
        SpendFile.Read read = SpendFile.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), read.problems());
        assertEquals(2, read.lines().size());
        SpendFile.Line first = read.lines().get(0);
        assertEquals(3, first.number(), "counted as a spreadsheet numbers rows, header on line 2");
        assertEquals("1,200.50", first.get(SpendFile.Column.AMOUNT));
        assertEquals("名称里有,逗号和\"引号\"", first.get(SpendFile.Column.NAME));
        assertNull(first.get(SpendFile.Column.NOTE));
        assertEquals("两行\n说明", read.lines().get(1).get(SpendFile.Column.NOTE));
    }

    @Test
    void readsTabSeparatedGb18030() {
        byte[] text = "项目编码\t日期\t金额\nP1\t2024-03-31\t5\n".getBytes(Charset.forName("GB18030"));
        SpendFile.Read read = SpendFile.read("a.txt", text);
        assertEquals("P1", read.lines().get(0).get(SpendFile.Column.CODE));
        assertEquals("5", read.lines().get(0).get(SpendFile.Column.AMOUNT));
    }

    @Test
    void saysWhichColumnsAreMissing() {
        SpendFile.Read read = SpendFile.read("a.csv", "项目名称,金额\n甲,1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("文件缺少“日期”列",
                "文件缺少识别项目的列：需要“项目编码”或“项目ID”，或同时有“单位编码”和“项目名称”"), read.problems());
        assertEquals(List.of("文件《x.bin》不是 CSV 或 Excel（.xlsx）文件"), SpendFile.read("x.bin", new byte[]{0, 1, 2, (byte) 0xff}).problems());
        assertEquals(List.of("文件《x.xlsx》：不是有效的 Excel（.xlsx）文件"),
                SpendFile.read("x.xlsx", new byte[]{'P', 'K', 3, 4, 0, 0}).problems());
    }

    @Test
    void readsTheDatesPeopleWrite() {
        LocalDate june = LocalDate.of(2024, 6, 30);
        for (String s : new String[]{"2024-06-30", "2024/6/30", "2024.6.30", "2024年6月30日", "20240630", "2024-06-30 00:00:00"}) {
            assertEquals(june, SpendUpload.date(s), s);
        }
        assertNull(SpendUpload.date("2024-02-30"));
        assertNull(SpendUpload.date("6月30日"));
    }
}
