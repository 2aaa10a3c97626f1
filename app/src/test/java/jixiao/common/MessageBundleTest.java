package jixiao.common;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every label comes from the one bundle: no key is defined twice (the later would silently win), and
 * every key a template or the Java code names literally exists.
 */
class MessageBundleTest {

    private static final Path BUNDLE = Path.of("src/main/resources/i18n/messages.properties");

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#") || !t.contains("=")) {
                continue;
            }
            String key = t.substring(0, t.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertTrue(twice.isEmpty(), "defined twice: " + twice);
    }

    @Test
    void everyKeyNamedInTemplatesAndCodeExists() throws IOException {
        Set<String> keys = keys();
        List<String> missing = new ArrayList<>();
        Pattern template = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Pattern java = Pattern.compile("Messages\\.text\\(\"([a-zA-Z0-9_.]+[a-zA-Z0-9_])\"\\s*[,)]");
        scan(Path.of("src/main/resources/views"), ".html", template, keys, missing);
        scan(Path.of("src/main/java"), ".java", java, keys, missing);
        assertTrue(missing.isEmpty(), "keys missing from the bundle: " + missing);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> keys, List<String> missing) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
    }

    private static Set<String> keys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && t.contains("=")) {
                keys.add(t.substring(0, t.indexOf('=')).strip());
            }
        }
        return keys;
    }
}
