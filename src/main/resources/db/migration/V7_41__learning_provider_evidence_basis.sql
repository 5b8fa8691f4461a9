-- What "evidence-based" rests on (seed 001: P&O tests every intervention against the four learning principles and,
-- with Bureau I&D, decides which providers join the fixed offer; the offer in development is still being tested).
-- A provider now carries its evidence status and a reference to the research or evaluation behind it, in place of
-- the bare flag: only PROVEN ("bewezen effectief") with a reference counts as evidence-based.
ALTER TABLE app_provider ADD COLUMN evidence_status VARCHAR(20) DEFAULT 'NONE' NOT NULL; -- PROVEN, IN_DEVELOPMENT, NONE
ALTER TABLE app_provider ADD COLUMN evidence_reference VARCHAR(500);

UPDATE app_provider SET evidence_status = 'PROVEN',
  evidence_reference = 'Vast leeraanbod 2024, na toetsing door P&O en Bureau I&D (visie leren en ontwikkelen I&D, bijlage leeraanbod 2024)'
  WHERE evidence_based = TRUE;
-- Movisie's training (Kompas inclusief beleid) is offer in development: not yet proven, not proposed for custom work
UPDATE app_provider SET evidence_status = 'IN_DEVELOPMENT',
  evidence_reference = 'Open aanbod in ontwikkeling 2024: Online training Beleidstool Kompas inclusief beleid (sep/okt)'
  WHERE id = 'movisie';

ALTER TABLE app_provider DROP COLUMN evidence_based;
