package jixiao.testing;

import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain SQL against the test MariaDB, committed at once, outside any transaction of the test, so the
 * running app sees it. (The injected DataSource hands out the connection of a surrounding
 * transaction; this one unwraps it to the pool.)
 */
@Singleton
public class Sql {

    private final DataSource pool;

    Sql(DataSource dataSource, DataSourceResolver resolver) {
        this.pool = resolver.resolve(dataSource);
    }

    public int update(String sql, Object... args) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            c.setAutoCommit(true);
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row, as a number; fails when there is none. */
    public long queryLong(String sql, Object... args) {
        return first(sql, args, r -> r.getLong(1));
    }

    /** The first column of the first row, as text; fails when there is none. */
    public String queryString(String sql, Object... args) {
        return first(sql, args, r -> r.getString(1));
    }

    private interface Column<T> {
        T of(java.sql.ResultSet row) throws SQLException;
    }

    private <T> T first(String sql, Object[] args, Column<T> column) {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (java.sql.ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new AssertionError("no row: " + sql);
                }
                return column.of(r);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
