-- Members' duty records (履职档案): entries fed by the other modules' events, the office's corrections with
-- their history, the points rules, the diary and the activities with invitations and sign-in. See ADR 0014.

-- Points per kind of entry and the yearly cap of each kind (NULL: none); the office edits them.
CREATE TABLE duty_rule (
  kind        VARCHAR(40)  NOT NULL PRIMARY KEY,
  points      INT          NOT NULL,
  yearly_cap  INT          NULL,
  updated_by  BIGINT       NULL,
  updated_at  DATETIME(3)  NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO duty_rule (kind, points, yearly_cap, updated_at) VALUES
  ('PROPOSAL_LED', 5, 25, CURRENT_TIMESTAMP),
  ('PROPOSAL_COSIGNED', 2, 10, CURRENT_TIMESTAMP),
  ('PROPOSAL_REGISTERED', 3, 15, CURRENT_TIMESTAMP),
  ('PROPOSAL_AWARDED', 10, NULL, CURRENT_TIMESTAMP),
  ('PREHANDLING_MEETING', 2, 10, CURRENT_TIMESTAMP),
  ('CONSULTATION_MEETING', 2, 20, CURRENT_TIMESTAMP),
  ('WORKSTATION_DUTY', 2, 20, CURRENT_TIMESTAMP),
  ('RECEPTION', 1, 20, CURRENT_TIMESTAMP),
  ('MATTER_TRIAGED', 1, 10, CURRENT_TIMESTAMP),
  ('OPINION_SUBMITTED', 2, 20, CURRENT_TIMESTAMP),
  ('OPINION_ADOPTED', 3, NULL, CURRENT_TIMESTAMP),
  ('OPINION_INSTRUCTED', 5, NULL, CURRENT_TIMESTAMP),
  ('PLENARY', 5, NULL, CURRENT_TIMESTAMP),
  ('STANDING_COMMITTEE', 3, NULL, CURRENT_TIMESTAMP),
  ('INSPECTION', 3, 15, CURRENT_TIMESTAMP),
  ('RESEARCH', 3, 15, CURRENT_TIMESTAMP),
  ('TRAINING', 2, 10, CURRENT_TIMESTAMP),
  ('OTHER', 1, NULL, CURRENT_TIMESTAMP);

CREATE TABLE duty_rule_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind              VARCHAR(40)   NOT NULL,
  old_points        INT           NOT NULL,
  old_cap           INT           NULL,
  new_points        INT           NOT NULL,
  new_cap           INT           NULL,
  reason            VARCHAR(500)  NOT NULL,
  actor_account_id  BIGINT        NOT NULL,
  actor_name        VARCHAR(50)   NOT NULL,
  created_at        DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One entry of a member's record. source_key names what it came from (proposal:12:led, cmeeting:4 …) so that
-- an event delivered twice, or the backfill meeting an event, records it once; the office's own entries have
-- none. counted is false for a meeting scheduled but not yet held; voided for one the office struck out.
CREATE TABLE duty_entry (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  member_id        BIGINT        NOT NULL,
  duty_year        INT           NOT NULL,
  kind             VARCHAR(40)   NOT NULL,
  occurred_on      DATE          NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  source_key       VARCHAR(100)  NULL,
  counted          BOOLEAN       NOT NULL,
  voided           BOOLEAN       NOT NULL DEFAULT FALSE,
  points_override  INT           NULL,
  origin           VARCHAR(20)   NOT NULL,
  note             VARCHAR(500)  NULL,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uk_duty_entry_source UNIQUE (member_id, source_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_entry_year ON duty_entry (duty_year, member_id);
CREATE INDEX ix_duty_entry_source ON duty_entry (source_key);

-- Every change of an entry: created (by an event, the backfill or the office), corrected, voided.
CREATE TABLE duty_entry_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  entry_id          BIGINT        NOT NULL,
  action            VARCHAR(20)   NOT NULL,
  detail            VARCHAR(500)  NULL,
  reason            VARCHAR(500)  NULL,
  actor_account_id  BIGINT        NULL,
  actor_name        VARCHAR(50)   NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_duty_history_entry FOREIGN KEY (entry_id) REFERENCES duty_entry (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_history_entry ON duty_entry_history (entry_id, id);

CREATE TABLE duty_diary (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  member_id    BIGINT        NOT NULL,
  entry_date   DATE          NOT NULL,
  content      TEXT          NOT NULL,
  created_at   DATETIME(3)   NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_diary_member ON duty_diary (member_id, entry_date);

CREATE TABLE duty_diary_photo (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  diary_id      BIGINT        NOT NULL,
  storage_key   VARCHAR(200)  NOT NULL,
  content_type  VARCHAR(50)   NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_duty_photo_diary FOREIGN KEY (diary_id) REFERENCES duty_diary (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_photo_diary ON duty_diary_photo (diary_id);

CREATE TABLE duty_activity (
  id           BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind         VARCHAR(30)    NOT NULL,
  title        VARCHAR(100)   NOT NULL,
  place        VARCHAR(200)   NOT NULL,
  starts_at    DATETIME(3)    NOT NULL,
  ends_at      DATETIME(3)    NOT NULL,
  description  VARCHAR(2000)  NULL,
  created_by   BIGINT         NOT NULL,
  created_at   DATETIME(3)    NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_activity_start ON duty_activity (starts_at);

-- An invitation: the member's answer (PENDING, ATTEND, LEAVE with a reason) and when they signed in.
CREATE TABLE duty_invitation (
  activity_id    BIGINT        NOT NULL,
  member_id      BIGINT        NOT NULL,
  answer         VARCHAR(20)   NOT NULL,
  leave_reason   VARCHAR(500)  NULL,
  answered_at    DATETIME(3)   NULL,
  signed_in_at   DATETIME(3)   NULL,
  PRIMARY KEY (activity_id, member_id),
  CONSTRAINT fk_duty_invitation_activity FOREIGN KEY (activity_id) REFERENCES duty_activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_invitation_member ON duty_invitation (member_id);

-- Every step of an activity: created, invited, answered, signed in.
CREATE TABLE duty_activity_history (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  activity_id       BIGINT        NOT NULL,
  member_id         BIGINT        NULL,
  action            VARCHAR(20)   NOT NULL,
  detail            VARCHAR(500)  NULL,
  actor_account_id  BIGINT        NOT NULL,
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT fk_duty_act_history FOREIGN KEY (activity_id) REFERENCES duty_activity (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_duty_act_history ON duty_activity_history (activity_id, id);
