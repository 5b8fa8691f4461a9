-- One row per notification that left the application (or was logged when no mail host is set).
-- The key identifies the notification job and recipient, so a retried job never sends twice.
CREATE TABLE app_notification_log (
  notification_key VARCHAR(255) NOT NULL PRIMARY KEY,
  template         VARCHAR(100) NOT NULL,
  recipient        VARCHAR(320) NOT NULL,
  process_instance_id VARCHAR(64),
  delivered        BOOLEAN      NOT NULL,
  sent_at          TIMESTAMP    NOT NULL
);
