package nl.amsterdam.inclusion.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL's own counts for one database: its commits ({@code pg_stat_database}) and, on the benchmark's server
 * that loads {@code pg_stat_statements}, its statements by kind. A commit that is not a {@code COMMIT} statement
 * is a statement sent outside a transaction (auto-commit): each of those is a transaction of its own.
 */
final class DatabaseCounters {

  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private DatabaseCounters() {
  }

  /**
   * A new database on an embedded server like the tests' (fsync off), that also counts statements. Its own server,
   * so that the tests' one stays as it is.
   */
  static synchronized String newDatabase(String prefix) {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .setServerConfig("pg_stat_statements.track_utility", "on").setServerConfig("pg_stat_statements.max", "10000")
            .start();
      }
      String name = prefix + "_" + DATABASES.incrementAndGet();
      try (Connection connection = server.getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      String url = server.getJdbcUrl("postgres", name);
      try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE EXTENSION pg_stat_statements");
      }
      return url;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create benchmark database", e);
    }
  }

  /**
   * Transactions ended so far (committed or rolled back), and statements so far by kind (select, insert, update,
   * delete, begin, ...) if counted. PostgreSQL counts a transaction's {@code BEGIN} but not its {@code COMMIT}.
   */
  record Snapshot(long commits, Map<String, Long> statements, Map<String, Long> queries) {

    long statements(String kind) {
      return statements.getOrDefault(kind, 0L);
    }

    /** The statements run most often since {@code first}, with their calls per journey: where the work goes. */
    String mostRun(Snapshot first, int journeys, int limit) {
      return queries.entrySet().stream()
          .map(query -> Map.entry(query.getKey(), query.getValue() - first.queries().getOrDefault(query.getKey(), 0L)))
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
          .map(query -> String.format(Locale.ROOT, "%6.1f  %.160s", query.getValue() / (double) journeys,
              query.getKey().replaceAll("\\s+", " ")))
          .collect(Collectors.joining("\n"));
    }

    long statementsExceptTransactionControl() {
      return statements.entrySet().stream().filter(kind -> !Set.of("begin", "commit", "rollback").contains(kind.getKey()))
          .mapToLong(Map.Entry::getValue).sum();
    }
  }

  static Snapshot take(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_stat_force_next_flush()");
      statement.execute("SELECT pg_stat_clear_snapshot()");
      long commits;
      try (ResultSet row = statement.executeQuery(
          "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()")) {
        row.next();
        commits = row.getLong(1);
      }
      Map<String, Long> kinds = new TreeMap<>();
      Map<String, Long> queries = new TreeMap<>();
      if (counted(statement)) {
        try (ResultSet rows = statement.executeQuery("SELECT query, calls FROM pg_stat_statements"
            + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
          while (rows.next()) {
            kinds.merge(kind(rows.getString(1)), rows.getLong(2), Long::sum);
            queries.merge(rows.getString(1), rows.getLong(2), Long::sum);
          }
        }
      }
      return new Snapshot(commits, kinds, queries);
    }
  }

  private static boolean counted(Statement statement) {
    try (ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'")) {
      row.next();
      return row.getLong(1) > 0;
    } catch (SQLException e) {
      return false;
    }
  }

  private static String kind(String query) {
    String text = query.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end == 0 ? "other" : text.substring(0, end);
  }
}
