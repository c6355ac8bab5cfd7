-- Named people inside a handling unit.
-- 承办人: the officer account of the unit that handles an assignment now (NULL until the unit names one).
ALTER TABLE proposal_assignment ADD COLUMN officer_account_id BIGINT NULL;
ALTER TABLE proposal_assignment
  ADD CONSTRAINT fk_assignment_officer FOREIGN KEY (officer_account_id) REFERENCES app_account (id);
CREATE INDEX ix_assignment_officer ON proposal_assignment (officer_account_id);

-- Every hand-over of an assignment inside the unit: from whom to whom, by whom, when and why.
CREATE TABLE proposal_officer_change (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  assignment_id    BIGINT        NOT NULL,
  proposal_id      BIGINT        NOT NULL,
  from_account_id  BIGINT        NULL,
  to_account_id    BIGINT        NOT NULL,
  reason           VARCHAR(500)  NULL,
  changed_by       BIGINT        NOT NULL,
  changed_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_officer_change_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id),
  CONSTRAINT fk_officer_change_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_officer_change_from FOREIGN KEY (from_account_id) REFERENCES app_account (id),
  CONSTRAINT fk_officer_change_to FOREIGN KEY (to_account_id) REFERENCES app_account (id),
  CONSTRAINT fk_officer_change_by FOREIGN KEY (changed_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_officer_change_assignment ON proposal_officer_change (assignment_id);

-- 办前协商会 chaired by an account (a unit's 分管领导); the chair's name stays in chair for the record.
ALTER TABLE proposal_meeting ADD COLUMN chair_account_id BIGINT NULL;
ALTER TABLE proposal_meeting
  ADD CONSTRAINT fk_meeting_chair_account FOREIGN KEY (chair_account_id) REFERENCES app_account (id);
CREATE INDEX ix_meeting_chair_account ON proposal_meeting (chair_account_id);
