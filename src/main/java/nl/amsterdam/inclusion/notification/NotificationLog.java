package nl.amsterdam.inclusion.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Remembers which notifications were sent. The record is committed in its own transaction right
 * after the mail left, so that a job whose own transaction rolls back afterwards (and is retried)
 * finds it and does not send again.
 */
@Repository
public class NotificationLog {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public NotificationLog(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public boolean wasSent(String key) {
    Integer count = jdbc.queryForObject(
        "SELECT COUNT(*) FROM app_notification_log WHERE notification_key = ?", Integer.class, key);
    return count != null && count > 0;
  }

  /** Logs when the mail actually left: the wall clock, not the engine's (tests that move it must not move this). */
  public void recordSent(String key, String template, String recipient, String processInstanceId, boolean delivered) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "INSERT INTO app_notification_log (notification_key, template, recipient, process_instance_id, delivered, sent_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        key, template, recipient, processInstanceId, delivered, Timestamp.from(Instant.now())));
  }
}
