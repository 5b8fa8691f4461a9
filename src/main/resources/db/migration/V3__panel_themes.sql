-- Themes the growth panel's moderator tags in conversation reports (seed 002: 12 shared themes of
-- round 1 and the themes of round 2). Extensible with PUT /api/panel/themes/{id}.
CREATE TABLE app_panel_theme (
  id     VARCHAR(50)  NOT NULL PRIMARY KEY,
  name   VARCHAR(200) NOT NULL,
  origin VARCHAR(50)  NOT NULL,
  active BOOLEAN      NOT NULL
);

INSERT INTO app_panel_theme (id, name, origin, active) VALUES
  ('narratief-ontbreekt', 'Narratief ontbreekt', 'ronde 1', TRUE),
  ('ont-handelingsperspectief', 'Ont-handelingsperspectief', 'ronde 1', TRUE),
  ('sociale-veiligheid', 'Sociale veiligheid', 'ronde 1', TRUE),
  ('omarmen-ongemak', 'Omarmen ongemak', 'ronde 1', TRUE),
  ('weerstand-geen-voetstuk', 'Plaats weerstand niet op een voetstuk', 'ronde 1', TRUE),
  ('tegenspraak', 'Ontvankelijk zijn voor tegenspraak', 'ronde 1', TRUE),
  ('monitor-streefcijfers', 'Monitor op directieniveau de streefcijfers', 'ronde 1', TRUE),
  ('doorgroei', 'Creëer meer manieren van doorgroei', 'ronde 1', TRUE),
  ('consequenties', 'Trek consequenties', 'ronde 1', TRUE),
  ('steun-leiders', 'Steun leiders op maat', 'ronde 1', TRUE),
  ('schaduwzijde-maatwerk', 'De schaduwzijde van maatwerk', 'ronde 1', TRUE),
  ('organisatiekeuze', 'Heroverweeg je organisatiekeuze', 'ronde 1', TRUE),
  ('rol-leiderschap', 'Rol leiderschap', 'ronde 2', TRUE),
  ('urgentie', 'Urgentie', 'ronde 2', TRUE),
  ('impactvolle-interventies', 'Impactvolle interventies', 'ronde 2', TRUE),
  ('onveiligheid-racisme-discriminatie', 'Sociale (on)veiligheid, racisme en discriminatie', 'ronde 2', TRUE),
  ('groeien-in-diversiteit', 'Groeien in diversiteit', 'ronde 2', TRUE),
  ('mindset-vaardigheden', 'Mindset en vaardigheden', 'ronde 2', TRUE),
  ('begeleiding-expertise', 'Begeleiding en expertise', 'ronde 2', TRUE);
