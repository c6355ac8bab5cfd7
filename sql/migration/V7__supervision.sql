-- Supervision (督办): key proposals with their supervising leader, leader instructions and their
-- acknowledgement by the units, office chasing, site visits and look-back reviews with photos, and the
-- record of every deadline reminder sent.

-- A key proposal may be given an earlier reply deadline than the ordinary one; units signing later get it too.
ALTER TABLE proposal ADD COLUMN reply_due_limit DATE NULL;

-- 重点提案: shortlisted by the office, approved by the chair's meeting, led by a supervising leader (领衔督办).
CREATE TABLE key_proposal (
  proposal_id       BIGINT        NOT NULL PRIMARY KEY,
  status            VARCHAR(20)   NOT NULL,
  shortlist_reason  VARCHAR(1000) NULL,
  shortlisted_by    BIGINT        NOT NULL,
  shortlisted_at    DATETIME(3)   NOT NULL,
  meeting_name      VARCHAR(100)  NULL,
  approved_on       DATE          NULL,
  approved_by       BIGINT        NULL,
  approved_at       DATETIME(3)   NULL,
  lead_leader_id    BIGINT        NULL,
  reply_due_date    DATE          NULL,
  concluded_at      DATETIME(3)   NULL,
  conclusion        VARCHAR(2000) NULL,
  CONSTRAINT fk_key_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_key_shortlisted_by FOREIGN KEY (shortlisted_by) REFERENCES app_account (id),
  CONSTRAINT fk_key_leader FOREIGN KEY (lead_leader_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_key_proposal_leader ON key_proposal (lead_leader_id);

-- 批示: a leader's instruction on a proposal; every unit of the current round must acknowledge it.
CREATE TABLE supervision_instruction (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id        BIGINT        NOT NULL,
  leader_account_id  BIGINT        NOT NULL,
  leader_name        VARCHAR(50)   NOT NULL,
  content            VARCHAR(2000) NOT NULL,
  created_at         DATETIME(3)   NOT NULL,
  CONSTRAINT fk_instruction_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_instruction_leader FOREIGN KEY (leader_account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_instruction_proposal ON supervision_instruction (proposal_id, id);

CREATE TABLE supervision_instruction_ack (
  instruction_id   BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  unit_name        VARCHAR(100)  NOT NULL,
  acknowledged_by  BIGINT        NULL,
  acknowledged_at  DATETIME(3)   NULL,
  note             VARCHAR(1000) NULL,
  PRIMARY KEY (instruction_id, unit_id),
  CONSTRAINT fk_ack_instruction FOREIGN KEY (instruction_id) REFERENCES supervision_instruction (id),
  CONSTRAINT fk_ack_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_ack_unit ON supervision_instruction_ack (unit_id, acknowledged_at);

-- 催办: the office chases an open item by hand.
CREATE TABLE supervision_chase (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id  BIGINT        NOT NULL,
  unit_id      BIGINT        NULL,
  message      VARCHAR(1000) NOT NULL,
  chased_by    BIGINT        NOT NULL,
  chaser_name  VARCHAR(50)   NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_chase_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_chase_account FOREIGN KEY (chased_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_chase_proposal ON supervision_chase (proposal_id, id);

-- 实地督办 and 回头看: what was seen, with photos kept in the file storage.
CREATE TABLE supervision_visit (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id   BIGINT        NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  visit_date    DATE          NOT NULL,
  place         VARCHAR(200)  NOT NULL,
  participants  VARCHAR(500)  NOT NULL,
  notes         VARCHAR(4000) NOT NULL,
  recorded_by   BIGINT        NOT NULL,
  recorder_name VARCHAR(50)   NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_visit_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_visit_account FOREIGN KEY (recorded_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_visit_proposal ON supervision_visit (proposal_id, id);

CREATE TABLE supervision_visit_photo (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  visit_id      BIGINT        NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  storage_key   VARCHAR(200)  NOT NULL,
  uploaded_by   BIGINT        NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_photo_visit FOREIGN KEY (visit_id) REFERENCES supervision_visit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A unit's leader (单位分管领导), the second level of overdue escalation.
CREATE TABLE supervision_unit_leader (
  unit_id     BIGINT      NOT NULL,
  account_id  BIGINT      NOT NULL,
  PRIMARY KEY (unit_id, account_id),
  CONSTRAINT fk_unit_leader_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id),
  CONSTRAINT fk_unit_leader_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every reminder sent. The unique key (item, kind, level) is what makes each one go out exactly once,
-- whichever node's scan gets there first: the row is inserted before anything is sent.
CREATE TABLE supervision_reminder (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  item_key       VARCHAR(80)   NOT NULL,
  kind           VARCHAR(20)   NOT NULL,
  level          INT           NOT NULL,
  deadline_kind  VARCHAR(20)   NOT NULL,
  proposal_id    BIGINT        NOT NULL,
  assignment_id  BIGINT        NULL,
  unit_id        BIGINT        NULL,
  due_date       DATE          NOT NULL,
  recipients     INT           NOT NULL,
  sent_by_node   VARCHAR(100)  NOT NULL,
  sent_at        DATETIME(3)   NOT NULL,
  CONSTRAINT uk_reminder UNIQUE (item_key, kind, level),
  CONSTRAINT fk_reminder_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_reminder_proposal ON supervision_reminder (proposal_id, id);
