-- Micro-consultation (微协商) by the six-step method (六事工作法): matters raised at workstations, their
-- meetings, decisions with actions, progress reports, evaluations and history; the duty roster; and the
-- rate-limit buckets that hold across application nodes. Flowable holds the steps' tasks;
-- consultation_matter.process_instance_id and the business key "consultation-<id>" link the two.

CREATE TABLE consultation_matter (
  id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
  tracking_code         VARCHAR(16)   NOT NULL,
  workstation_id        BIGINT        NOT NULL,
  title                 VARCHAR(50)   NOT NULL,
  description           TEXT          NOT NULL,
  place                 VARCHAR(200)  NOT NULL,
  contact_phone         VARCHAR(20)   NOT NULL,
  channel               VARCHAR(20)   NOT NULL,
  raiser_account_id     BIGINT        NULL,
  logged_by             BIGINT        NULL,
  state                 VARCHAR(30)   NOT NULL,
  round_no              INT           NOT NULL DEFAULT 0,
  triage_outcome        VARCHAR(30)   NULL,
  triage_comment        VARCHAR(2000) NULL,
  triaged_by            BIGINT        NULL,
  triaged_at            DATETIME(3)   NULL,
  merged_into_id        BIGINT        NULL,
  proposal_id           BIGINT        NULL,
  proposal_member_id    BIGINT        NULL,
  evaluation_closes_on  DATE          NULL,
  conclusion            VARCHAR(30)   NULL,
  conclusion_comment    VARCHAR(2000) NULL,
  process_instance_id   VARCHAR(64)   NULL,
  raised_at             DATETIME(3)   NOT NULL,
  closed_at             DATETIME(3)   NULL,
  updated_at            DATETIME(3)   NOT NULL,
  CONSTRAINT uk_cons_matter_tracking_code UNIQUE (tracking_code),
  CONSTRAINT fk_cons_matter_workstation FOREIGN KEY (workstation_id) REFERENCES workstation (id),
  CONSTRAINT fk_cons_matter_raiser FOREIGN KEY (raiser_account_id) REFERENCES app_account (id),
  CONSTRAINT fk_cons_matter_logged_by FOREIGN KEY (logged_by) REFERENCES app_account (id),
  CONSTRAINT fk_cons_matter_merged FOREIGN KEY (merged_into_id) REFERENCES consultation_matter (id),
  CONSTRAINT fk_cons_matter_member FOREIGN KEY (proposal_member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_matter_workstation ON consultation_matter (workstation_id, state);
CREATE INDEX ix_cons_matter_state ON consultation_matter (state, updated_at);
CREATE INDEX ix_cons_matter_raiser ON consultation_matter (raiser_account_id);

-- Photos of a matter (raised with it) or of a progress report; the files live in FileStorage.
CREATE TABLE consultation_photo (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_id     BIGINT        NOT NULL,
  progress_id   BIGINT        NULL,
  content_type  VARCHAR(40)   NOT NULL,
  size_bytes    BIGINT        NOT NULL,
  width         INT           NOT NULL,
  height        INT           NOT NULL,
  storage_key   VARCHAR(200)  NOT NULL,
  uploaded_at   DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cons_photo_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_photo_matter ON consultation_photo (matter_id, progress_id);

-- Step 2: a consultation meeting (协商议事会) of one round of the matter, and who was invited to it.
CREATE TABLE consultation_meeting (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_id      BIGINT        NOT NULL,
  round_no       INT           NOT NULL,
  topic          VARCHAR(100)  NOT NULL,
  scheduled_at   DATETIME(3)   NOT NULL,
  online         BOOLEAN       NOT NULL,
  place          VARCHAR(200)  NULL,
  status         VARCHAR(20)   NOT NULL,
  minutes        TEXT          NULL,
  held_at        DATETIME(3)   NULL,
  convened_by    BIGINT        NOT NULL,
  recorded_by    BIGINT        NULL,
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cons_meeting_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id),
  CONSTRAINT fk_cons_meeting_convened_by FOREIGN KEY (convened_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_meeting_matter ON consultation_meeting (matter_id, round_no);

CREATE TABLE consultation_participant (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  meeting_id  BIGINT        NOT NULL,
  kind        VARCHAR(30)   NOT NULL,
  member_id   BIGINT        NULL,
  unit_id     BIGINT        NULL,
  name        VARCHAR(100)  NOT NULL,
  attended    BOOLEAN       NULL,
  opinion     VARCHAR(1000) NULL,
  CONSTRAINT fk_cons_participant_meeting FOREIGN KEY (meeting_id) REFERENCES consultation_meeting (id),
  CONSTRAINT fk_cons_participant_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_cons_participant_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_participant_meeting ON consultation_participant (meeting_id);
CREATE INDEX ix_cons_participant_member ON consultation_participant (member_id);

-- Step 3: the agreed outcome of a round, published in step 4.
CREATE TABLE consultation_decision (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_id     BIGINT        NOT NULL,
  round_no      INT           NOT NULL,
  summary       TEXT          NOT NULL,
  decided_by    BIGINT        NOT NULL,
  decided_at    DATETIME(3)   NOT NULL,
  published_by  BIGINT        NULL,
  published_at  DATETIME(3)   NULL,
  CONSTRAINT uk_cons_decision_round UNIQUE (matter_id, round_no),
  CONSTRAINT fk_cons_decision_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The decision's actions, each with its responsible unit and a due date in working days (step 5).
CREATE TABLE consultation_action (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  decision_id       BIGINT        NOT NULL,
  matter_id         BIGINT        NOT NULL,
  seq               INT           NOT NULL,
  content           VARCHAR(500)  NOT NULL,
  unit_id           BIGINT        NOT NULL,
  working_days      INT           NOT NULL,
  due_date          DATE          NOT NULL,
  progress_percent  INT           NOT NULL DEFAULT 0,
  status            VARCHAR(20)   NOT NULL,
  done_at           DATETIME(3)   NULL,
  created_at        DATETIME(3)   NOT NULL,
  updated_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cons_action_decision FOREIGN KEY (decision_id) REFERENCES consultation_decision (id),
  CONSTRAINT fk_cons_action_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id),
  CONSTRAINT fk_cons_action_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_action_unit ON consultation_action (unit_id, status);
CREATE INDEX ix_cons_action_matter ON consultation_action (matter_id, decision_id);

CREATE TABLE consultation_progress (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  action_id      BIGINT        NOT NULL,
  percent        INT           NOT NULL,
  note           VARCHAR(1000) NOT NULL,
  reported_by    BIGINT        NOT NULL,
  reported_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cons_progress_action FOREIGN KEY (action_id) REFERENCES consultation_action (id),
  CONSTRAINT fk_cons_progress_account FOREIGN KEY (reported_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_progress_action ON consultation_progress (action_id, id);

-- Step 6: one rating per phone (residents) or per member, per round.
CREATE TABLE consultation_evaluation (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_id       BIGINT        NOT NULL,
  round_no        INT           NOT NULL,
  evaluator_kind  VARCHAR(20)   NOT NULL,
  phone           VARCHAR(20)   NULL,
  member_id       BIGINT        NULL,
  satisfaction    VARCHAR(30)   NOT NULL,
  comment         VARCHAR(500)  NULL,
  created_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uk_cons_evaluation_phone UNIQUE (matter_id, round_no, phone),
  CONSTRAINT uk_cons_evaluation_member UNIQUE (matter_id, round_no, member_id),
  CONSTRAINT fk_cons_evaluation_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id),
  CONSTRAINT fk_cons_evaluation_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every step of every matter: who (and in which role), when, what, from which state to which.
CREATE TABLE consultation_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  matter_id         BIGINT        NOT NULL,
  actor_account_id  BIGINT        NULL,
  actor_name        VARCHAR(50)   NOT NULL,
  actor_role        VARCHAR(30)   NULL,
  action            VARCHAR(40)   NOT NULL,
  from_state        VARCHAR(30)   NULL,
  to_state          VARCHAR(30)   NULL,
  comment           VARCHAR(2000) NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cons_history_matter FOREIGN KEY (matter_id) REFERENCES consultation_matter (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_history_matter ON consultation_history (matter_id, id);

-- The duty roster: which member is on online duty (线上值班) or at reception (线下接待) when.
CREATE TABLE consultation_duty (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  workstation_id  BIGINT        NOT NULL,
  member_id       BIGINT        NOT NULL,
  duty_date       DATE          NOT NULL,
  period          VARCHAR(20)   NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  note            VARCHAR(200)  NULL,
  created_by      BIGINT        NULL,
  created_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uk_cons_duty_member_period UNIQUE (member_id, duty_date, period),
  CONSTRAINT fk_cons_duty_workstation FOREIGN KEY (workstation_id) REFERENCES workstation (id),
  CONSTRAINT fk_cons_duty_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_duty_workstation ON consultation_duty (workstation_id, duty_date);

-- Fixed-window request counters of the public endpoints (per phone, per client address), shared by
-- every node. Keys are hashes: no phone number or address is kept here.
CREATE TABLE consultation_rate_bucket (
  bucket_key  VARCHAR(100) NOT NULL,
  window_no   BIGINT       NOT NULL,
  hits        INT          NOT NULL,
  expires_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (bucket_key, window_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_cons_rate_bucket_expiry ON consultation_rate_bucket (expires_at);
