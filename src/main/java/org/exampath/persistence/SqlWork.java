package org.exampath.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of store work run against a connection it is handed (never one it keeps). */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
