-- Learning offer and cluster budgets for learning-intervention requests (seed 001, appendix 2024).

CREATE TABLE app_provider (
  id             VARCHAR(50)  NOT NULL PRIMARY KEY,
  name           VARCHAR(200) NOT NULL,
  evidence_based BOOLEAN      NOT NULL
);

CREATE TABLE app_catalogue_item (
  id          VARCHAR(50)  NOT NULL PRIMARY KEY,
  title       VARCHAR(300) NOT NULL,
  provider_id VARCHAR(50)  REFERENCES app_provider (id),
  status      VARCHAR(20)  NOT NULL, -- OPEN (open offer) or IN_DEVELOPMENT
  schedule    VARCHAR(200) NOT NULL  -- how often, or the development status
);

CREATE TABLE app_cluster_budget (
  cluster     VARCHAR(50)    NOT NULL,
  budget_year INTEGER        NOT NULL,
  amount      DECIMAL(12, 2) NOT NULL,
  PRIMARY KEY (cluster, budget_year)
);

-- One row per request: reserved at approval, replaced by the actual cost when booked.
CREATE TABLE app_budget_claim (
  request_reference   VARCHAR(30)    NOT NULL PRIMARY KEY,
  cluster             VARCHAR(50)    NOT NULL,
  budget_year         INTEGER        NOT NULL,
  amount              DECIMAL(12, 2) NOT NULL,
  status              VARCHAR(20)    NOT NULL, -- RESERVED or BOOKED
  process_instance_id VARCHAR(64)    NOT NULL,
  updated_at          TIMESTAMP      NOT NULL,
  FOREIGN KEY (cluster, budget_year) REFERENCES app_cluster_budget (cluster, budget_year)
);

CREATE TABLE app_reference_counter (
  name  VARCHAR(50) NOT NULL PRIMARY KEY,
  counter_value BIGINT NOT NULL
);
INSERT INTO app_reference_counter (name, counter_value) VALUES ('learning-request', 0);

INSERT INTO app_provider (id, name, evidence_based) VALUES
  ('social-safety', 'Social Safety', TRUE),
  ('intern', 'Gemeente Amsterdam (intern)', TRUE),
  ('seba', 'Seba', TRUE),
  ('human-dimensions', 'Human Dimensions', TRUE),
  ('cvdrvdm', 'College voor de Rechten van de Mens (e-learning)', TRUE),
  ('house-of-deep-democracy', 'House of Deep Democracy', TRUE),
  ('movisie', 'Movisie', TRUE);

INSERT INTO app_catalogue_item (id, title, provider_id, status, schedule) VALUES
  ('omstanders', 'Training voor omstanders discriminatie en racisme (leidinggevenden en medewerkers)', 'social-safety', 'OPEN', 'Drie trainingen in het najaar vanaf oktober'),
  ('genderdiversiteit', 'Genderdiversiteit onder ons', 'intern', 'OPEN', '4x per jaar'),
  ('omgaan-met-verschillen', 'Omgaan met verschillen binnen de organisatie en de stad', 'seba', 'OPEN', '4x per jaar'),
  ('inzicht-thema-id', 'Inzicht krijgen in thema''s I&D', 'human-dimensions', 'OPEN', '4x per jaar'),
  ('beperking', 'Herkennen, erkennen en communiceren met collega''s met een (niet-)zichtbare beperking', 'intern', 'OPEN', 'In het najaar'),
  ('biws', 'E-learning Bewust inclusief werven en selecteren', 'cvdrvdm', 'OPEN', 'Doorlopend'),
  ('deep-democracy', 'Deep democracy', 'house-of-deep-democracy', 'OPEN', 'Inschrijving via BIA'),
  ('kompas', 'Online training Beleidstool: Kompas inclusief beleid', 'movisie', 'IN_DEVELOPMENT', 'Sep/okt'),
  ('inclusief-leiderschap', 'Inclusief leiderschap (leidinggevenden)', NULL, 'IN_DEVELOPMENT', 'Sep/okt'),
  ('institutioneel-racisme', 'Training signaleren institutioneel racisme buurtteams en professionals', NULL, 'IN_DEVELOPMENT', 'Marktverkenning vanaf het najaar'),
  ('weerbaarheid', 'Weerbaarheidstraining en assertiviteit', NULL, 'IN_DEVELOPMENT', 'Marktverkenning vanaf het najaar'),
  ('discriminatie-racisme', 'Training discriminatie en racisme', NULL, 'IN_DEVELOPMENT', 'Marktverkenning vanaf het najaar');

-- Starting budgets for inclusion learning per cluster (adjust with PUT /api/learning/budgets/{cluster}/{year}).
INSERT INTO app_cluster_budget (cluster, budget_year, amount) VALUES
  ('sociaal', 2026, 40000.00), ('ruimte-economie', 2026, 30000.00), ('dienstverlening', 2026, 30000.00), ('bestuur', 2026, 20000.00),
  ('sociaal', 2027, 40000.00), ('ruimte-economie', 2027, 30000.00), ('dienstverlening', 2027, 30000.00), ('bestuur', 2027, 20000.00);
