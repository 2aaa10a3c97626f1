package jixiao.monitoring;

import jixiao.common.InvalidInputException;
import jixiao.common.Messages;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the alert list ends, in the list's order (severity, last seen descending, id
 * descending): the next page starts after it. Opaque to clients; a damaged one is refused with 400.
 */
record AlertCursor(int severity, LocalDateTime lastSeenAt, long id) {

    String text() {
        String plain = severity + "~" + lastSeenAt + "~" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static AlertCursor parse(String text) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8).split("~");
            if (parts.length != 3) {
                throw new IllegalArgumentException(text);
            }
            return new AlertCursor(Integer.parseInt(parts[0]), LocalDateTime.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException("after", Messages.text("monitoring.alert.badCursor"));
        }
    }
}
