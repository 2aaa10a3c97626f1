package jixiao.database;

import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A jOOQ query's rows read with JDBC getters by position. For reads of hundreds of thousands of rows (the monitoring
 * sweep's inputs) a jOOQ record per row, with its fields looked up by name, cost more than the database's work.
 */
public final class JdbcRows {

    private JdbcRows() {
    }

    /** One row, read by column position (1-based, in the order the query selects). */
    public interface Row {
        void read(ResultSet row) throws SQLException;
    }

    public static void each(ResultQuery<?> query, Row row) {
        try (ResultSet r = query.fetchResultSet()) {
            while (r.next()) {
                row.read(r);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading " + query.getSQL(), e);
        }
    }
}
