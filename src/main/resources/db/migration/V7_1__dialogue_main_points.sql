-- The main points of every alderman's dialogue, unattributed, for the next bestuursopdracht (seed 003). The sessions
-- themselves are deleted 90 days after they end; this register is kept.
CREATE TABLE app_dialogue_main_points (
  dialogue_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
  dialogue_date    VARCHAR(10)   NOT NULL,
  theme            VARCHAR(300)  NOT NULL,
  main_points      VARCHAR(3000) NOT NULL,
  listener_signals VARCHAR(3000),
  recorded_at      TIMESTAMP     NOT NULL
);
