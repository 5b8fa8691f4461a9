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
  private static EmbeddedPostgres durableServer;
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
      return newDatabase(server, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  /**
   * As {@link #newDatabase(String)}, on a second server that, unlike the one the tests use, waits for its log to
   * reach the disk at each commit: what a production PostgreSQL does, and what bounds its raw commit rate. For the
   * benchmark.
   */
  public static synchronized String newDurableDatabase(String prefix) {
    try {
      if (durableServer == null) {
        durableServer = EmbeddedPostgres.builder().setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on").setServerConfig("full_page_writes", "on").start();
      }
      return newDatabase(durableServer, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  private static String newDatabase(EmbeddedPostgres on, String prefix) {
    String name = prefix + "_" + DATABASES.incrementAndGet();
    try (Connection connection = on.getPostgresDatabase().getConnection();
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database", e);
    }
    return on.getJdbcUrl("postgres", name);
  }
}
