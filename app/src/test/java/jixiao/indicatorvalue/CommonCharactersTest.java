package jixiao.indicatorvalue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The common-character resource and the confusion table, checked against the seed tables as a whole. */
class CommonCharactersTest {

    private static String seed(String file) throws IOException {
        try (InputStream in = CommonCharactersTest.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void levelOneOfTheStandardPlusTheListedSupplements() {
        // 3500 of 一级字表, 暨 from 花都, and 10 of budget vocabulary and 〇
        assertEquals(3500 + 1 + 10, CommonCharacters.size());
        "的一是了我不人在他有这个上们来到时大地为".codePoints().forEach(c -> assertTrue(CommonCharacters.isCommon(c)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt", "binhai-2024.txt"})
    void everyCharacterOfTheTypedSeedsIsCommon(String file) throws IOException {
        assertEquals("[]", CommonCharacters.uncommonIn(seed(file)).toString(), file);
    }

    @Test
    void theScannedSeedsUncommonCharactersAreItsMisreadings() throws IOException {
        assertEquals("[顼, 葺, 佥, 勖, 兀, 刂, 勹, 佰]", CommonCharacters.uncommonIn(seed("xinglong-2025.txt")).toString());
    }

    /** No entry of the table is ordinary Chinese: none occurs anywhere in ~2700 lines of typed tables. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"leting-2024.txt", "huadu-department.txt", "pengyang-2024.txt", "binhai-2024.txt"})
    void noConfusionOccursInTheTypedSeeds(String file) throws IOException {
        String text = TextNormalizer.normalize(seed(file));
        assertEquals(text, OcrConfusions.likelyMeant(text).orElse(text), file);
    }

    @Test
    void theScannedSeedsConfusionsAreFound() throws IOException {
        String text = TextNormalizer.normalize(seed("xinglong-2025.txt"));
        String meant = OcrConfusions.likelyMeant(text).orElseThrow();
        for (String repaired : new String[] {"增加", "按月拨付", "按月足额拨付资金", "劳务派遣人员经费", "预算数", "资金",
                "合格率", "符合", "准确情况", "平均时间", "服务对象", "管比例"}) {
            assertTrue(meant.contains(repaired), repaired);
        }
    }
}
