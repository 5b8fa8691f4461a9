-- What a growth-panel round hands to the next one (seed 002: the red threads are compared with the previous round,
-- the programme actions agreed with the GMT are followed up). Aggregates only: the red threads and the advice the
-- moderator wrote for the whole round, never a conversation's report or a panel member's own contribution. Kept as
-- the programme's record (like app_dialogue_main_points); the round's process history is deleted after its TTL.
CREATE TABLE app_panel_round (
  round_number        INTEGER       NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64)   NOT NULL,
  red_threads         VARCHAR(4000) NOT NULL,
  advice              VARCHAR(4000) NOT NULL,
  discussion_date     VARCHAR(10)   NOT NULL,
  discussed_themes    VARCHAR(2000) NOT NULL,
  conclusions         VARCHAR(4000) NOT NULL,
  closed_at           TIMESTAMP     NOT NULL
);

-- The programme actions agreed in a round's discussion with the panel and the GMT (what, who, by when), and how the
-- next round followed each up: done, not done (why) or carried over (to a new date, then also an action of that round).
CREATE TABLE app_panel_action (
  id              VARCHAR(20)   NOT NULL PRIMARY KEY,
  round_number    INTEGER       NOT NULL,
  position        INTEGER       NOT NULL,
  what            VARCHAR(300)  NOT NULL,
  who             VARCHAR(100)  NOT NULL,
  due_date        VARCHAR(10)   NOT NULL,
  carried_from    VARCHAR(20),
  status          VARCHAR(20),
  status_note     VARCHAR(1000),
  new_due_date    VARCHAR(10),
  followed_up_by  VARCHAR(200),
  followed_up_at  TIMESTAMP
);

CREATE INDEX app_panel_action_round ON app_panel_action (round_number);
