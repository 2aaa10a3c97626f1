package jixiao.web;

import jixiao.testing.Json;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Chart data goes unescaped into a script element: a name holding "</script>" must not end it. */
class ChartJsonTest {

    @Test
    void markupInANameCannotCloseTheScriptElement() {
        String json = "{\"categories\":[\"</script><script>alert('x')</script> & 单位\"]}";
        String safe = ChartJson.scriptSafe(json);
        assertFalse(safe.contains("<") || safe.contains(">") || safe.contains("&"), safe);
        assertEquals(Json.parse(json), Json.parse(safe), "the same JSON");
    }
}
