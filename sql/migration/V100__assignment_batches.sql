-- 交办会: the office confirms many registered proposals at once. The batch is the meeting (name, date, who, when);
-- each assignment it created carries the batch, so a unit's 交办通知 / 交办清单 is "its assignments of this batch".
-- A proposal enters ASSIGNMENT once, so it can belong to one batch only: the unique key says so in the database.
CREATE TABLE proposal_assignment_batch (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  name              VARCHAR(100)  NOT NULL,
  meeting_date      DATE          NOT NULL,
  note              VARCHAR(1000) NULL,
  created_by        BIGINT        NOT NULL,
  created_by_name   VARCHAR(50)   NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_batch_created_by FOREIGN KEY (created_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_batch_date ON proposal_assignment_batch (meeting_date);

CREATE TABLE proposal_assignment_batch_item (
  batch_id          BIGINT        NOT NULL,
  proposal_id       BIGINT        NOT NULL,
  position          INT           NOT NULL,
  PRIMARY KEY (batch_id, proposal_id),
  CONSTRAINT uk_batch_item_proposal UNIQUE (proposal_id),
  CONSTRAINT fk_batch_item_batch FOREIGN KEY (batch_id) REFERENCES proposal_assignment_batch (id),
  CONSTRAINT fk_batch_item_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

ALTER TABLE proposal_assignment ADD COLUMN batch_id BIGINT NULL;
ALTER TABLE proposal_assignment ADD CONSTRAINT fk_assignment_batch
  FOREIGN KEY (batch_id) REFERENCES proposal_assignment_batch (id);
CREATE INDEX ix_assignment_batch ON proposal_assignment (batch_id, unit_id);
