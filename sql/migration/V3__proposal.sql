-- Proposals (提案): the platform's own record of each proposal, its people, its assignments and its
-- history. Flowable holds the tasks; proposal.process_instance_id and the business key link the two.

CREATE TABLE proposal (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  session_id           BIGINT        NOT NULL,
  proposal_number      INT           NULL,
  plenary              BOOLEAN       NOT NULL,
  category             VARCHAR(40)   NOT NULL,
  title                VARCHAR(50)   NOT NULL,
  situation            TEXT          NOT NULL,
  analysis             TEXT          NOT NULL,
  suggestions          TEXT          NOT NULL,
  proposer_type        VARCHAR(20)   NOT NULL,
  owner_account_id     BIGINT        NOT NULL,
  lead_member_id       BIGINT        NULL,
  body_kind            VARCHAR(20)   NULL,
  body_name            VARCHAR(100)  NULL,
  contact_person       VARCHAR(50)   NULL,
  contact_phone        VARCHAR(20)   NULL,
  sector_id            BIGINT        NULL,
  consent_publish      BOOLEAN       NOT NULL,
  no_publish_reason    VARCHAR(200)  NULL,
  state                VARCHAR(30)   NOT NULL,
  process_instance_id  VARCHAR(64)   NULL,
  merged_into_id       BIGINT        NULL,
  converted_to         VARCHAR(30)   NULL,
  refusal_reason       VARCHAR(40)   NULL,
  decision_comment     VARCHAR(1000) NULL,
  key_proposal         BOOLEAN       NOT NULL DEFAULT FALSE,
  submitted_at         DATETIME(3)   NULL,
  registered_at        DATETIME(3)   NULL,
  created_at           DATETIME(3)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  CONSTRAINT uk_proposal_number UNIQUE (session_id, proposal_number),
  CONSTRAINT fk_proposal_session FOREIGN KEY (session_id) REFERENCES committee_session (id),
  CONSTRAINT fk_proposal_owner FOREIGN KEY (owner_account_id) REFERENCES app_account (id),
  CONSTRAINT fk_proposal_lead FOREIGN KEY (lead_member_id) REFERENCES member (id),
  CONSTRAINT fk_proposal_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
  CONSTRAINT fk_proposal_merged FOREIGN KEY (merged_into_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_proposal_state ON proposal (session_id, state);
CREATE INDEX ix_proposal_owner ON proposal (owner_account_id);

-- Registration numbers run per session without gaps: the row is locked while a number is taken. No
-- foreign key: the row is created in a transaction of its own, which may not yet see a new session.
CREATE TABLE proposal_number_counter (
  session_id   BIGINT NOT NULL PRIMARY KEY,
  last_number  INT    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proposal_suggested_unit (
  proposal_id  BIGINT NOT NULL,
  unit_id      BIGINT NOT NULL,
  PRIMARY KEY (proposal_id, unit_id),
  CONSTRAINT fk_suggested_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
  CONSTRAINT fk_suggested_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Co-signers of a joint proposal; also the proposers of proposals merged into this one (MERGED).
CREATE TABLE proposal_cosigner (
  proposal_id   BIGINT       NOT NULL,
  member_id     BIGINT       NOT NULL,
  status        VARCHAR(20)  NOT NULL,
  invited_at    DATETIME(3)  NOT NULL,
  answered_at   DATETIME(3)  NULL,
  PRIMARY KEY (proposal_id, member_id),
  CONSTRAINT fk_cosigner_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id) ON DELETE CASCADE,
  CONSTRAINT fk_cosigner_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cosigner_member ON proposal_cosigner (member_id, status);

CREATE TABLE proposal_attachment (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id   BIGINT        NOT NULL,
  file_name     VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(100)  NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  storage_key   VARCHAR(200)  NOT NULL,
  uploaded_by   BIGINT        NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_attachment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_attachment_account FOREIGN KEY (uploaded_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One row per unit a proposal is assigned to, per handling round. A returned assignment stays, marked
-- RETURNED, and the replacement unit gets a new row in the same slot.
CREATE TABLE proposal_assignment (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id      BIGINT        NOT NULL,
  unit_id          BIGINT        NOT NULL,
  unit_role        VARCHAR(20)   NOT NULL,
  status           VARCHAR(30)   NOT NULL,
  handling_round   INT           NOT NULL DEFAULT 1,
  sign_due_date    DATE          NULL,
  return_reason    VARCHAR(1000) NULL,
  signed_by        BIGINT        NULL,
  signed_at        DATETIME(3)   NULL,
  replaced_by_id   BIGINT        NULL,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_assignment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id),
  CONSTRAINT fk_assignment_signed_by FOREIGN KEY (signed_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_assignment_unit ON proposal_assignment (unit_id, status);
CREATE INDEX ix_assignment_proposal ON proposal_assignment (proposal_id);

-- Every step of every proposal: who (and in which role, on whose behalf), when, what, from which state to which.
CREATE TABLE proposal_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id       BIGINT        NOT NULL,
  actor_account_id  BIGINT        NULL,
  actor_name        VARCHAR(50)   NOT NULL,
  actor_role        VARCHAR(30)   NULL,
  on_behalf_of      VARCHAR(50)   NULL,
  action            VARCHAR(40)   NOT NULL,
  from_state        VARCHAR(30)   NULL,
  to_state          VARCHAR(30)   NULL,
  assignment_id     BIGINT        NULL,
  comment           VARCHAR(2000) NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_history_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_history_proposal ON proposal_history (proposal_id, id);
