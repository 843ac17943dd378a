package org.mpscommons.ops;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link H2DurabilityTest}: inserts rows one by one with auto-commit and prints "ACK n" after
 * each commit returns, until it is killed.
 */
public final class H2DurabilityWriter {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE TABLE IF NOT EXISTS durability_probe (id BIGINT PRIMARY KEY, note VARCHAR(100))");
            }
            try (PreparedStatement insert =
                    connection.prepareStatement("INSERT INTO durability_probe (id, note) VALUES (?, ?)")) {
                for (long id = 1; ; id++) {
                    insert.setLong(1, id);
                    insert.setString(2, "acknowledged write " + id);
                    insert.executeUpdate();
                    System.out.println("ACK " + id);
                    System.out.flush();
                }
            }
        }
    }

    private H2DurabilityWriter() {}
}
