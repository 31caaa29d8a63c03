package fr.cress.relais.db.history;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * H2's history trigger: after each insert, update or delete of a row, writes one {@code change_history} row
 * with the acting user (the session variable {@code @RELAIS_USER}, set on each connection by the store, read by
 * the insert itself: one statement per row). Nothing is written while a store copy suspends the history
 * ({@link HistoryTriggers#suspended}).
 * An update that changes no user column (only the version) writes nothing.
 */
public final class H2HistoryTrigger implements Trigger {

    private String table;
    private String[] columns;
    private int idColumn = -1;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        this.table = tableName.toLowerCase(java.util.Locale.ROOT);
        List<String> names = new ArrayList<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        this.columns = names.toArray(String[]::new);
        this.idColumn = names.indexOf("id");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        var changes = ChangeJson.diff(columns, oldRow, newRow);
        String operation = oldRow == null ? "INSERT" : newRow == null ? "DELETE" : "UPDATE";
        if (changes.isEmpty() && "UPDATE".equals(operation)) {
            return;
        }
        Object[] row = newRow == null ? oldRow : newRow;
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO change_history "
                + "(table_name, record_id, operation, changed_at, changed_by, changes) "
                + "SELECT CAST(? AS VARCHAR(64)), CAST(? AS BIGINT), CAST(? AS VARCHAR(6)), CAST(? AS TIMESTAMP), "
                + "COALESCE(NULLIF(TRIM(@RELAIS_USER), ''), CAST(? AS VARCHAR(200))), CAST(? AS VARCHAR(1000000)) "
                + "WHERE @" + HistoryTriggers.SUSPENDED_H2 + " IS NULL")) {
            insert.setString(1, table);
            insert.setObject(2, idColumn < 0 || row[idColumn] == null ? null : ((Number) row[idColumn]).longValue());
            insert.setString(3, operation);
            insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
            insert.setString(5, ActingUser.UNKNOWN);
            insert.setString(6, ChangeJson.write(changes));
            insert.executeUpdate();
        }
    }
}
