package jixiao.evaluation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ZipNamesTest {

    @Test
    void refusedCharactersBecomeUnderscores_blanksOne_noTrailingDot_longNamesCut() {
        assertEquals("a_b_c_d_e_f_g_h_i_j", ZipNames.sanitized("a/b\\c:d*e?f\"g<h>i|j"));
        assertEquals("法制 宣传", ZipNames.sanitized("  法制\t\n 宣传 "));
        assertEquals("项目", ZipNames.sanitized("项目..."));
        assertEquals("_", ZipNames.sanitized("   "));
        assertEquals(ZipNames.MAX_LENGTH, ZipNames.sanitized("长".repeat(200)).length());
    }

    @Test
    void aNameGivenTwiceInAFolderIsNumbered_otherFoldersAndCaseAside() {
        ZipNames names = new ZipNames();
        assertEquals("根/单位/汇总.xlsx", names.unique("根/单位", "汇总", "xlsx"));
        assertEquals("根/单位/汇总 (2).xlsx", names.unique("根/单位", "汇总", "xlsx"));
        assertEquals("根/单位/汇总 (3).xlsx", names.unique("根/单位", "汇总", "xlsx"));
        assertEquals("根/别的单位/汇总.xlsx", names.unique("根/别的单位", "汇总", "xlsx"));
        assertEquals("根/A.xlsx", names.unique("根", "A", "xlsx"));
        assertEquals("根/a (2).xlsx", names.unique("根", "a", "xlsx"), "Windows and macOS ignore case");
        assertEquals("根/单位", names.unique("根", "单位", ""), "a folder: no extension");
        assertEquals("根/单位 (2)", names.unique("根", "单位", ""));
    }
}
