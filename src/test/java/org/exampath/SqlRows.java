package org.exampath;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A query's rows as tests compare them: each row's columns as text, joined by " | ". */
public final class SqlRows {
    private SqlRows() {
    }

    public static List<String> of(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                out.add(String.join(" | ", cells));
            }
            return out;
        }
    }
}
