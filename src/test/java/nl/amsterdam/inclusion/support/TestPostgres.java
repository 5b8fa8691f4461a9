package nl.amsterdam.inclusion.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for tests, started once per test JVM from a Maven artifact (no Docker, no
 * server on the machine). Each caller gets a fresh database on it.
 */
public final class TestPostgres {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private TestPostgres() {
  }

  /** Creates a new empty database and returns its JDBC URL (user and password: postgres). */
  public static synchronized String newDatabase(String prefix) {
    try {
      if (server == null) {
        // stopped by the library's own shutdown hook
        server = EmbeddedPostgres.builder().start();
      }
      String name = prefix + "_" + DATABASES.incrementAndGet();
      try (Connection connection = server.getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database", e);
    }
  }
}
