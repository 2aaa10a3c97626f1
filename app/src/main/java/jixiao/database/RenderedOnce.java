package jixiao.database;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.exception.DataAccessException;
import org.jooq.Select;
import org.jooq.impl.DSL;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A jOOQ select rendered to SQL once and run many times with other values (ids, a token's hash) in its placeholders. jOOQ renders a query
 * anew on every execution; for the dashboard's project rows (joins and four subqueries, asked on every view) that
 * rendering cost more than the database's work (issue 15's profile), and the jOOQ manual suggests keeping the SQL.
 * The select is written with the usual typed API and read back through the same fields.
 */
public final class RenderedOnce {

    private final String sql;
    private final List<Object> binds;
    /** For each placeholder, where its value goes among the binds (a select may use one several times). */
    private final int[][] slots;
    private final Field<?>[] fields;

    /**
     * @param ids   how many id placeholders the select takes (a page's rows); fewer ids repeat the last
     * @param build the select, given its id placeholders
     */
    public RenderedOnce(DSLContext db, int ids, Function<List<Param<Long>>, Select<?>> build) {
        this(db, idPlaceholders(ids), build);
    }

    private RenderedOnce(DSLContext db, List<Param<Long>> placeholders, Function<List<Param<Long>>, Select<?>> build) {
        this(db, build.apply(placeholders), placeholders);
    }

    private static List<Param<Long>> idPlaceholders(int ids) {
        List<Param<Long>> placeholders = new ArrayList<>(ids);
        for (int i = 0; i < ids; i++) {
            placeholders.add(DSL.val(Long.MIN_VALUE + i));
        }
        return placeholders;
    }

    /** A select with one text placeholder (a token's hash), given its value in {@link #fetch}. */
    public static RenderedOnce withText(DSLContext db, Function<Param<String>, Select<?>> build) {
        Param<String> placeholder = DSL.val("\u0000placeholder\u0000");
        return new RenderedOnce(db, build.apply(placeholder), List.of(placeholder));
    }

    private RenderedOnce(DSLContext db, Select<?> select, List<? extends Param<?>> placeholders) {
        this.sql = db.render(select);
        this.binds = Collections.unmodifiableList(new ArrayList<>(db.extractBindValues(select)));
        this.slots = new int[placeholders.size()][];
        for (int i = 0; i < slots.length; i++) {
            Object sentinel = placeholders.get(i).getValue();
            slots[i] = java.util.stream.IntStream.range(0, binds.size()).filter(at -> sentinel.equals(binds.get(at)))
                    .toArray();
            if (slots[i].length == 0) {
                throw new IllegalArgumentException("placeholder " + i + " does not occur in the select");
            }
        }
        this.fields = select.getSelect().toArray(Field[]::new);
    }

    /** The rows for these values (at most as many as there are placeholders; fewer repeat the last), mapped. */
    public <T> List<T> fetch(DSLContext db, List<?> values, RecordMapper<Record, T> mapper) {
        if (values.isEmpty()) {
            return Collections.emptyList();
        }
        if (values.size() > slots.length) {
            throw new IllegalArgumentException(values.size() + " values for " + slots.length + " placeholders");
        }
        Object[] bound = binds.toArray();
        for (int i = 0; i < slots.length; i++) {
            for (int at : slots[i]) {
                bound[at] = values.get(Math.min(i, values.size() - 1));
            }
        }
        // straight to JDBC: jOOQ would parse the SQL text again for its placeholders on every call
        return db.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int at = 0; at < bound.length; at++) {
                    statement.setObject(at + 1, bound[at]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return db.fetch(rows, fields).map(mapper);
                }
            } catch (SQLException e) {
                throw new DataAccessException("reading " + sql, e);
            }
        });
    }
}
