-- 社情民意 reports: written by members, or created when the office converts a proposal at review or a
-- workstation triages a matter as 社情民意 (source, source_id: one report per source). The office edits the
-- text (the author's original stays in original_*), adopts or declines it, sends adopted ones upward, and
-- records leaders' instructions and uses; every step is in opinion_history.
CREATE TABLE opinion_report (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  title              VARCHAR(100)  NOT NULL,
  category           VARCHAR(30)   NOT NULL,
  content            TEXT          NOT NULL,
  original_title     VARCHAR(100)  NULL,
  original_content   TEXT          NULL,
  edited             BOOLEAN       NOT NULL DEFAULT FALSE,
  state              VARCHAR(20)   NOT NULL,
  source             VARCHAR(20)   NOT NULL,
  source_id          BIGINT        NULL,
  source_label       VARCHAR(200)  NULL,
  created_by         BIGINT        NULL,
  created_at         DATETIME(3)   NOT NULL,
  submitted_at       DATETIME(3)   NULL,
  decided_at         DATETIME(3)   NULL,
  decision_comment   VARCHAR(1000) NULL,
  sent_count         INT           NOT NULL DEFAULT 0,
  instruction_count  INT           NOT NULL DEFAULT 0,
  use_count          INT           NOT NULL DEFAULT 0,
  updated_at         DATETIME(3)   NOT NULL,
  CONSTRAINT uk_opinion_source UNIQUE (source, source_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_opinion_state ON opinion_report (state, submitted_at);

-- The authors, lead first (seq 0); name and sector as they were when the report was written, so that counts
-- per member and sector need no other module's tables.
CREATE TABLE opinion_author (
  report_id    BIGINT       NOT NULL,
  seq          INT          NOT NULL,
  member_id    BIGINT       NOT NULL,
  member_name  VARCHAR(50)  NOT NULL,
  account_id   BIGINT       NULL,
  sector_id    BIGINT       NULL,
  sector_name  VARCHAR(100) NULL,
  PRIMARY KEY (report_id, member_id),
  CONSTRAINT fk_opinion_author_report FOREIGN KEY (report_id) REFERENCES opinion_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_opinion_author_member ON opinion_author (member_id, report_id);
CREATE INDEX ix_opinion_author_account ON opinion_author (account_id, report_id);

-- After adoption: each sending upward (报送, to whom), leader's instruction (批示, who) and use (采用情况, where),
-- with the day it happened and what was written.
CREATE TABLE opinion_follow_up (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id    BIGINT        NOT NULL,
  kind         VARCHAR(20)   NOT NULL,
  party        VARCHAR(100)  NOT NULL,
  happened_on  DATE          NOT NULL,
  text         VARCHAR(2000) NULL,
  recorded_by  BIGINT        NOT NULL,
  recorder_name VARCHAR(50)  NOT NULL,
  recorded_at  DATETIME(3)   NOT NULL,
  CONSTRAINT fk_opinion_follow_up_report FOREIGN KEY (report_id) REFERENCES opinion_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_opinion_follow_up_report ON opinion_follow_up (report_id, id);

CREATE TABLE opinion_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  report_id         BIGINT        NOT NULL,
  actor_account_id  BIGINT        NULL,
  actor_name        VARCHAR(50)   NOT NULL,
  actor_role        VARCHAR(30)   NULL,
  action            VARCHAR(30)   NOT NULL,
  from_state        VARCHAR(20)   NULL,
  to_state          VARCHAR(20)   NOT NULL,
  comment           VARCHAR(2000) NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_opinion_history_report FOREIGN KEY (report_id) REFERENCES opinion_report (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_opinion_history_report ON opinion_history (report_id, id);
