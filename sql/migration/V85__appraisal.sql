-- Appraisal (考核与评优): the yearly assessment of the handling units (办理质量考核) by rules the office edits and
-- versions, the office's adjustments, the ranking's publication and the model units (先进承办单位); and the good
-- proposals (优秀提案): nomination rounds, appointed reviewers' scores, the chair's meeting decision, the published list.
-- Ids of proposals, units and accounts are other modules' records: no foreign keys across modules.

-- A version of a year's scoring rules: a save writes a new version, the latest one scores.
CREATE TABLE appraisal_rule_set (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  rule_year   INT           NOT NULL,
  version     INT           NOT NULL,
  note        VARCHAR(500)  NULL,
  created_by  BIGINT        NOT NULL,
  created_at  DATETIME(3)   NOT NULL,
  CONSTRAINT uk_appraisal_rule_set UNIQUE (rule_year, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One item of a version: its points (the most a unit earns, or for a deduction the points per case and a cap).
CREATE TABLE appraisal_rule_item (
  rule_set_id  BIGINT        NOT NULL,
  item         VARCHAR(30)   NOT NULL,
  points       DECIMAL(6,2)  NOT NULL,
  cap          DECIMAL(6,2)  NULL,
  PRIMARY KEY (rule_set_id, item),
  CONSTRAINT fk_appraisal_rule_item FOREIGN KEY (rule_set_id) REFERENCES appraisal_rule_set (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The state of a year's assessment: ranking published, model units decided and published.
CREATE TABLE appraisal_year (
  assess_year             INT           NOT NULL PRIMARY KEY,
  ranking_published_at    DATETIME(3)   NULL,
  model_decided_on        DATE          NULL,
  model_note              VARCHAR(1000) NULL,
  model_published_at      DATETIME(3)   NULL,
  version                 INT           NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The office's adjustment of a unit's points with the reason; never edited, a correction is another row.
CREATE TABLE appraisal_adjustment (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  assess_year  INT           NOT NULL,
  unit_id      BIGINT        NOT NULL,
  points       DECIMAL(6,2)  NOT NULL,
  reason       VARCHAR(500)  NOT NULL,
  created_by   BIGINT        NOT NULL,
  created_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appraisal_adjustment ON appraisal_adjustment (assess_year, unit_id);

-- 先进承办单位 of a year, as the office selected them from the ranking (place and score at selection kept).
CREATE TABLE appraisal_model_unit (
  assess_year  INT           NOT NULL,
  unit_id      BIGINT        NOT NULL,
  place        INT           NULL,
  score        DECIMAL(7,2)  NULL,
  PRIMARY KEY (assess_year, unit_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 优秀提案 nomination round of a year (and optionally a session).
CREATE TABLE award_round (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  award_year    INT           NOT NULL,
  session_id    BIGINT        NULL,
  name          VARCHAR(100)  NOT NULL,
  state         VARCHAR(20)   NOT NULL,
  meeting_date  DATE          NULL,
  meeting_note  VARCHAR(1000) NULL,
  opened_by     BIGINT        NOT NULL,
  opened_at     DATETIME(3)   NOT NULL,
  published_at  DATETIME(3)   NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_award_round_year ON award_round (award_year);

CREATE TABLE award_reviewer (
  round_id    BIGINT NOT NULL,
  account_id  BIGINT NOT NULL,
  PRIMARY KEY (round_id, account_id),
  CONSTRAINT fk_award_reviewer_round FOREIGN KEY (round_id) REFERENCES award_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A proposal nominated in a round (once per round), by the office, a handling unit or a member.
CREATE TABLE award_nomination (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  round_id          BIGINT        NOT NULL,
  proposal_id       BIGINT        NOT NULL,
  proposal_number   INT           NULL,
  proposal_title    VARCHAR(50)   NOT NULL,
  nominator_kind    VARCHAR(20)   NOT NULL,
  nominated_by      BIGINT        NOT NULL,
  nominator_unit_id BIGINT        NULL,
  reason            VARCHAR(1000) NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  awarded           BOOLEAN       NULL,
  decision_note     VARCHAR(500)  NULL,
  decided_at        DATETIME(3)   NULL,
  CONSTRAINT uk_award_nomination UNIQUE (round_id, proposal_id),
  CONSTRAINT fk_award_nomination_round FOREIGN KEY (round_id) REFERENCES award_round (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_award_nomination_proposal ON award_nomination (proposal_id);

-- A reviewer's score (0-100) and comment on a nomination; a reviewer may revise it while the round is in review.
CREATE TABLE award_review (
  nomination_id  BIGINT        NOT NULL,
  reviewer_id    BIGINT        NOT NULL,
  score          INT           NOT NULL,
  review_comment VARCHAR(1000) NULL,
  reviewed_at    DATETIME(3)   NOT NULL,
  PRIMARY KEY (nomination_id, reviewer_id),
  CONSTRAINT fk_award_review_nomination FOREIGN KEY (nomination_id) REFERENCES award_nomination (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every state change of the assessment (subject YEAR, id = the year) and of the rounds (subject ROUND): who, when, what.
CREATE TABLE appraisal_history (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  subject       VARCHAR(10)   NOT NULL,
  subject_id    BIGINT        NOT NULL,
  act           VARCHAR(30)   NOT NULL,
  detail        VARCHAR(1000) NULL,
  actor_id      BIGINT        NOT NULL,
  actor_name    VARCHAR(100)  NOT NULL,
  occurred_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_appraisal_history ON appraisal_history (subject, subject_id, id);
