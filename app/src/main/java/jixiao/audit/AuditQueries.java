package jixiao.audit;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.UnitScope;
import org.jooq.Condition;
import org.jooq.DSLContext;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.AUDIT_ENTRY;
import static jixiao.db.Tables.UNIT;

/** Browsing the audit trail, filtered by unit, user and date, within the caller's units. */
@Singleton
public class AuditQueries {

    public static final int PAGE_SIZE = 500;

    private final DSLContext db;
    private final JsonMapper json;

    AuditQueries(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    public record Filter(String unitCode, String username, LocalDate from, LocalDate to, String entityType, Long entityId) {
    }

    @Transactional(readOnly = true)
    public List<AuditEntryView> find(Caller caller, Filter filter) {
        // Entries not tied to a unit (accounts) are visible only to roles that see every unit.
        Condition where = caller.seesAllUnits() ? AUDIT_ENTRY.ID.isNotNull()
                : AUDIT_ENTRY.UNIT_ID.isNotNull().and(UnitScope.visibleTo(caller, AUDIT_ENTRY.UNIT_ID));
        if (present(filter.unitCode())) {
            where = where.and(UNIT.CODE.eq(filter.unitCode().strip()));
        }
        if (present(filter.username())) {
            where = where.and(AUDIT_ENTRY.USERNAME.eq(filter.username().strip()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_ENTRY.AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_ENTRY.AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (present(filter.entityType())) {
            where = where.and(AUDIT_ENTRY.ENTITY_TYPE.eq(filter.entityType().strip()));
        }
        if (filter.entityId() != null) {
            where = where.and(AUDIT_ENTRY.ENTITY_ID.eq(filter.entityId()));
        }
        return db.select(AUDIT_ENTRY.asterisk(), UNIT.CODE, APP_USER.DISPLAY_NAME)
                .from(AUDIT_ENTRY).leftJoin(UNIT).on(UNIT.ID.eq(AUDIT_ENTRY.UNIT_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(AUDIT_ENTRY.USER_ID))
                .where(where)
                .orderBy(AUDIT_ENTRY.AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(PAGE_SIZE)
                .fetch(r -> new AuditEntryView(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.AT), r.get(AUDIT_ENTRY.USER_ID),
                        r.get(AUDIT_ENTRY.USERNAME), r.get(APP_USER.DISPLAY_NAME), r.get(AUDIT_ENTRY.ADDRESS), r.get(AUDIT_ENTRY.VIA), r.get(AUDIT_ENTRY.ACTION),
                        r.get(AUDIT_ENTRY.ENTITY_TYPE), r.get(AUDIT_ENTRY.ENTITY_ID), r.get(AUDIT_ENTRY.ENTITY_NAME),
                        r.get(UNIT.CODE), changes(r.get(AUDIT_ENTRY.CHANGES))));
    }

    private List<AuditEntryView.Change> changes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try {
            Map<String, List<String>> map = json.readValue(text, Argument.mapOf(Argument.STRING, Argument.listOf(String.class)));
            List<AuditEntryView.Change> list = new ArrayList<>();
            map.forEach((field, values) -> list.add(new AuditEntryView.Change(field, values.get(0), values.get(1))));
            return list;
        } catch (IOException e) {
            return List.of(new AuditEntryView.Change("?", null, text));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
