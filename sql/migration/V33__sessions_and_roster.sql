-- Go-live: sessions (届次) kept from screens with their own dates and deadlines, the roster (委员名册) kept from
-- screens, and one history of every change to either. Runs unchanged on MySQL 8 / MariaDB and H2 (MODE=MySQL).

-- A session's plenary dates, the last day a proposal counts as 大会提案, and its deadlines. The deadline columns
-- are filled from application.yml when a session is created, so a later change of the defaults never moves the
-- deadlines of a running session; NULL (sessions created before this migration) means "the platform default".
-- is_current marks the one session that accepts new proposals; closed_at ends that for good.
ALTER TABLE committee_session ADD COLUMN plenary_start DATE NULL;
ALTER TABLE committee_session ADD COLUMN plenary_end DATE NULL;
ALTER TABLE committee_session ADD COLUMN plenary_proposals_until DATE NULL;
ALTER TABLE committee_session ADD COLUMN cosign_working_days INT NULL;
ALTER TABLE committee_session ADD COLUMN sign_off_working_days INT NULL;
ALTER TABLE committee_session ADD COLUMN contact_working_days INT NULL;
ALTER TABLE committee_session ADD COLUMN reply_term VARCHAR(10) NULL;
ALTER TABLE committee_session ADD COLUMN evaluation_working_days INT NULL;
ALTER TABLE committee_session ADD COLUMN max_extension_months INT NULL;
ALTER TABLE committee_session ADD COLUMN closed_at DATETIME(3) NULL;
ALTER TABLE committee_session ADD COLUMN updated_at DATETIME(3) NULL;

-- The roster: special committee (专委会), e-mail, and when a member retired (keeps history, cannot log in).
ALTER TABLE member ADD COLUMN special_committee VARCHAR(100) NULL;
ALTER TABLE member ADD COLUMN email VARCHAR(100) NULL;
ALTER TABLE member ADD COLUMN retired_on DATE NULL;

-- Who changed which session, member, liaison list or place, when, and what it became.
CREATE TABLE organisation_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject_type  VARCHAR(20)   NOT NULL,
  subject_id    BIGINT        NOT NULL,
  action        VARCHAR(30)   NOT NULL,
  detail        VARCHAR(2000) NULL,
  actor_id      BIGINT        NULL,
  actor_name    VARCHAR(50)   NULL,
  acted_at      DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_organisation_history_subject ON organisation_history (subject_type, subject_id, id);
