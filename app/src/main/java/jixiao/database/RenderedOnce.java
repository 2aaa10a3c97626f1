package jixiao.database;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A jOOQ select rendered to SQL once and run many times with other ids in its placeholders. jOOQ renders a query
 * anew on every execution; for the dashboard's project rows (joins and four subqueries, asked on every view) that
 * rendering cost more than the database's work (issue 15's profile), and the jOOQ manual suggests keeping the SQL.
 * The select is written with the usual typed API and read back through the same fields.
 */
public final class RenderedOnce {

    private final String sql;
    private final List<Object> binds;
    private final int[] idSlots;
    private final Field<?>[] fields;

    /**
     * @param ids   how many id placeholders the select takes (a page's rows); fewer ids repeat the first
     * @param build the select, given its id placeholders
     */
    public RenderedOnce(DSLContext db, int ids, Function<List<Param<Long>>, Select<?>> build) {
        List<Param<Long>> slots = new ArrayList<>(ids);
        for (int i = 0; i < ids; i++) {
            slots.add(DSL.val(sentinel(i)));
        }
        Select<?> select = build.apply(slots);
        this.sql = db.render(select);
        this.binds = Collections.unmodifiableList(new ArrayList<>(db.extractBindValues(select)));
        this.idSlots = new int[ids];
        for (int i = 0; i < ids; i++) {
            int at = this.binds.indexOf(sentinel(i));
            if (at < 0 || this.binds.lastIndexOf(sentinel(i)) != at) {
                throw new IllegalArgumentException("each id placeholder must occur once in the select");
            }
            idSlots[i] = at;
        }
        this.fields = select.getSelect().toArray(Field[]::new);
    }

    private static Long sentinel(int i) {
        return Long.MIN_VALUE + i;
    }

    /** The rows for these ids (at most as many as there are placeholders), mapped. */
    public <T> List<T> fetch(DSLContext db, List<Long> ids, RecordMapper<Record, T> mapper) {
        if (ids.isEmpty()) {
            return Collections.emptyList();
        }
        if (ids.size() > idSlots.length) {
            throw new IllegalArgumentException(ids.size() + " ids for " + idSlots.length + " placeholders");
        }
        Object[] values = binds.toArray();
        for (int i = 0; i < idSlots.length; i++) {
            values[idSlots[i]] = ids.get(Math.min(i, ids.size() - 1));
        }
        return db.resultQuery(sql, values).coerce(fields).fetch(mapper);
    }
}
