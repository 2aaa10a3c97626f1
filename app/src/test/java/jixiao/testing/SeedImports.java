package jixiao.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The published seed tables (app/src/main/resources/seeds/) and importing them over the API. */
public final class SeedImports {

    private SeedImports() {
    }

    public static String seed(String name) {
        try (InputStream in = SeedImports.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh stand-in for the first nine characters of published project codes ("13082225P"): project
     * codes are unique in a year, and other tests import the same seeds into the same years.
     */
    public static String codePrefix() {
        return "2" + String.format("%07d", World.next() % 10_000_000) + "P";
    }

    /** 兴隆's tables (2025) in the unit {@code unitCode}, project codes starting with {@code codePrefix}. */
    public static String xinglong(String unitCode, String codePrefix) {
        return seed("xinglong-2025.txt").replace("315001兴隆县司法局本级", unitCode + "兴隆县司法局本级")
                .replace("13082225P", codePrefix);
    }

    /** 乐亭's tables (2024) in the unit {@code unitCode}, project codes starting with {@code codePrefix}. */
    public static String leting(String unitCode, String codePrefix) {
        return seed("leting-2024.txt").replace("315001乐亭县司法局本级", unitCode + "乐亭县司法局本级")
                .replace("13022524P", codePrefix);
    }

    /** 滨海's tables (2024), its two units 343101 and 343201 replaced by the given ones. */
    public static String binhai(String bureau, String legalAid) {
        return seed("binhai-2024.txt").replace("343101天津市", bureau + "天津市").replace("343201天津市", legalAid + "天津市");
    }

    /** Imports the text (stored, not a dry run) and answers the import result. */
    public static JsonNode importText(Http http, String text, int year, String unitCode) {
        Http.Response r = http.postText("/api/imports/target-tables?year=" + year + "&dryRun=false"
                + (unitCode == null ? "" : "&unitCode=" + unitCode), text);
        assertEquals(200, r.status(), r.body());
        JsonNode result = Json.parse(r.body());
        assertTrue(result.get("stored").asBoolean(), result.toString());
        return result;
    }
}
