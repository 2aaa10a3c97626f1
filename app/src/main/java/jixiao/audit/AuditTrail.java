package jixiao.audit;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import org.jooq.DSLContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static jixiao.db.Tables.AUDIT_ENTRY;

/**
 * Writes the audit trail. Callers are transactional services: the entry is written on the
 * connection of the change, so a change and its audit entry are stored together or not at all.
 */
@Singleton
public class AuditTrail {

    private final DSLContext db;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(DSLContext db, JsonMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    public void created(Caller caller, AuditedRecord record, Map<String, ?> after) {
        write(caller, "CREATE", record, diff(Map.of(), after));
    }

    /** Records only the fields that changed; writes nothing when none did. */
    public void updated(Caller caller, AuditedRecord record, Map<String, ?> before, Map<String, ?> after) {
        Map<String, List<String>> changes = diff(before, after);
        if (!changes.isEmpty()) {
            write(caller, "UPDATE", record, changes);
        }
    }

    public void deleted(Caller caller, AuditedRecord record, Map<String, ?> before) {
        write(caller, "DELETE", record, diff(before, Map.of()));
    }

    /** A workflow step (submit, approve, return, acknowledge…) with what it changed. */
    public void transition(Caller caller, String action, AuditedRecord record, Map<String, ?> before, Map<String, ?> after) {
        write(caller, action, record, diff(before, after));
    }

    private void write(Caller caller, String action, AuditedRecord record, Map<String, List<String>> changes) {
        db.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.AT, LocalDateTime.now(clock))
                .set(AUDIT_ENTRY.USER_ID, caller.userId())
                .set(AUDIT_ENTRY.USERNAME, caller.username())
                .set(AUDIT_ENTRY.ADDRESS, caller.address())
                .set(AUDIT_ENTRY.VIA, truncate(caller.via(), 120))
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.ENTITY_TYPE, record.type())
                .set(AUDIT_ENTRY.ENTITY_ID, record.id())
                .set(AUDIT_ENTRY.ENTITY_NAME, truncate(record.name(), 300))
                .set(AUDIT_ENTRY.UNIT_ID, record.unitId())
                .set(AUDIT_ENTRY.CHANGES, toJson(changes))
                .execute();
    }

    private static Map<String, List<String>> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (String key : union(before, after)) {
            String old = text(before.get(key));
            String now = text(after.get(key));
            if (!Objects.equals(old, now)) {
                changes.put(key, java.util.Arrays.asList(old, now));
            }
        }
        return changes;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        var keys = new java.util.LinkedHashSet<String>(a.keySet());
        keys.addAll(b.keySet());
        return List.copyOf(keys);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private String toJson(Map<String, List<String>> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
