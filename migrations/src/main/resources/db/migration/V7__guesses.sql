-- What an import guessed rather than read (issue 10): an OCR repair of an amount, code or name, a
-- spend plan whose blank checkpoints a scan lost, and so on. One row per project and field (field is
-- a jixiao.project.GuessedField name) with the reader's note and the value stored. The guess is
-- open while confirmed_at is null; a person clears it by confirming it (resolution CONFIRMED) or by
-- correcting the field on the project form (CORRECTED). Re-importing the table replaces the open
-- guesses with those of the new reading.
-- field INDICATOR_TARGET records that a person confirmed how an indicator's target value was read
-- (indicator.target_needs_review cleared): kept so that saving the project again, which reads the
-- target anew, does not raise the same doubt while the target text is unchanged (guessed_value).
CREATE TABLE project_guess (
  id             BIGINT         NOT NULL AUTO_INCREMENT,
  project_id     BIGINT         NOT NULL,
  field          VARCHAR(32)    NOT NULL,
  indicator_id   BIGINT         NULL,
  note           TEXT           NOT NULL,
  guessed_value  VARCHAR(1000)  NULL,
  created_at     DATETIME(3)    NOT NULL,
  confirmed_at   DATETIME(3)    NULL,
  confirmed_by   VARCHAR(64)    NULL,
  resolution     VARCHAR(16)    NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_project_guess_project FOREIGN KEY (project_id) REFERENCES budget_project (id) ON DELETE CASCADE,
  CONSTRAINT fk_project_guess_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
);
CREATE INDEX ix_project_guess_project ON project_guess (project_id, field, confirmed_at);
