-- Cost per Leadershipfacts participant (normal or pilot-partner price), recorded for Bureau I&D.
CREATE TABLE app_leadershipfacts_cost (
  process_instance_id VARCHAR(64)   NOT NULL PRIMARY KEY,
  leader_id           VARCHAR(64)   NOT NULL,
  leader_name         VARCHAR(200)  NOT NULL,
  price_category      VARCHAR(20)   NOT NULL,
  amount              DECIMAL(10,2) NOT NULL,
  recorded_at         TIMESTAMP     NOT NULL
);
