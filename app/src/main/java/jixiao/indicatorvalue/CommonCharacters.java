package jixiao.indicatorvalue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Chinese characters a target is expected to be written in: the 3500 常用字 of 《通用规范汉字表》
 * 一级字表, the few others the typed seed tables use, and a few of budget vocabulary. Where each comes
 * from is stated in the resource {@value #RESOURCE}. A character outside the set is not wrong (a
 * place name may need one), but in scanned text it is the usual trace of a misread glyph: 兴隆's scan
 * (seed 004) has 佥 for 金, 葺 for 算, 勖 and 刂 from split characters.
 */
final class CommonCharacters {

    static final String RESOURCE = "/indicatorvalue/common-characters.txt";

    private static final Set<Integer> CHARACTERS = load();

    private CommonCharacters() {
    }

    static int size() {
        return CHARACTERS.size();
    }

    static boolean isCommon(int codePoint) {
        return CHARACTERS.contains(codePoint);
    }

    /** The Chinese characters of {@code text} outside the set, each once, in order of appearance. */
    static Set<String> uncommonIn(String text) {
        return text.codePoints()
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !isCommon(c))
                .mapToObj(Character::toString)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<Integer> load() {
        try (InputStream in = CommonCharacters.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing from classpath: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMapToInt(String::codePoints)
                    .filter(c -> !TextNormalizer.isSpace(c))
                    .boxed()
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
