-- Every iCalendar invitation or cancellation that went (or was about to go) to one attendee. The
-- sequence of a meeting (UID) rises once per notification job, keyed by that job's notification key,
-- so a retried job sends the same SEQUENCE; the rows also tell which meetings a person was invited to,
-- so that a withdrawal cancels exactly those.
CREATE TABLE app_calendar_invitation (
  notification_key    VARCHAR(255) NOT NULL,
  uid                 VARCHAR(255) NOT NULL,
  attendee            VARCHAR(320) NOT NULL,
  sequence_number     INTEGER      NOT NULL,
  method              VARCHAR(10)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  starts_at           TIMESTAMP    NOT NULL,
  ends_at             TIMESTAMP    NOT NULL,
  summary             VARCHAR(500) NOT NULL,
  location            VARCHAR(500),
  description         VARCHAR(2000),
  recorded_at         TIMESTAMP    NOT NULL,
  PRIMARY KEY (notification_key, uid, attendee)
);
CREATE INDEX app_calendar_invitation_case ON app_calendar_invitation (process_instance_id, attendee);
CREATE INDEX app_calendar_invitation_uid ON app_calendar_invitation (uid);
