-- Proposals, part 2: handling by the units, replies with countersigning and checks, evaluation by the
-- proposers, re-handling rounds, closing with follow-up, and publication.

ALTER TABLE proposal ADD COLUMN handling_round INT NOT NULL DEFAULT 1;
ALTER TABLE proposal ADD COLUMN needs_follow_up BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE proposal ADD COLUMN closed_at DATETIME(3) NULL;
ALTER TABLE proposal ADD COLUMN published_at DATETIME(3) NULL;

ALTER TABLE proposal_assignment ADD COLUMN contact_due_date DATE NULL;
ALTER TABLE proposal_assignment ADD COLUMN reply_due_date DATE NULL;
ALTER TABLE proposal_assignment ADD COLUMN extended_months INT NOT NULL DEFAULT 0;

-- 办前沟通: each contact of a unit with the proposer.
CREATE TABLE proposal_contact (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id    BIGINT        NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  contact_date   DATE          NOT NULL,
  contact_way    VARCHAR(20)   NOT NULL,
  content        VARCHAR(2000) NOT NULL,
  recorded_by    BIGINT        NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_contact_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_contact_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_contact_assignment ON proposal_contact (assignment_id);

-- An assisting unit's written opinion, sent to the lead unit.
CREATE TABLE proposal_opinion (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id    BIGINT        NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  content        TEXT          NOT NULL,
  created_by     BIGINT        NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_opinion_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_opinion_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 办前协商会: a pre-handling consultation meeting and who is invited to it.
CREATE TABLE proposal_meeting (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id   BIGINT        NOT NULL,
  meeting_time  DATETIME(3)   NOT NULL,
  place         VARCHAR(200)  NOT NULL,
  chair         VARCHAR(50)   NOT NULL,
  organised_by  BIGINT        NOT NULL,
  minutes       TEXT          NULL,
  attendance    VARCHAR(2000) NULL,
  held_at       DATETIME(3)   NULL,
  created_at    DATETIME(3)   NOT NULL,
  CONSTRAINT fk_meeting_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE proposal_meeting_invitee (
  meeting_id  BIGINT NOT NULL,
  account_id  BIGINT NOT NULL,
  PRIMARY KEY (meeting_id, account_id),
  CONSTRAINT fk_invitee_meeting FOREIGN KEY (meeting_id) REFERENCES proposal_meeting (id) ON DELETE CASCADE,
  CONSTRAINT fk_invitee_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_invitee_account ON proposal_meeting_invitee (account_id);

-- 申请延期
CREATE TABLE proposal_extension (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id    BIGINT        NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  months         INT           NOT NULL,
  reason         VARCHAR(1000) NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  requested_by   BIGINT        NOT NULL,
  requested_at   DATETIME(3)   NOT NULL,
  decided_by     BIGINT        NULL,
  decided_at     DATETIME(3)   NULL,
  decision_note  VARCHAR(1000) NULL,
  CONSTRAINT fk_extension_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_extension_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_extension_status ON proposal_extension (status);

-- 答复函: one per replying assignment (lead or split unit) and round.
CREATE TABLE proposal_reply (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id      BIGINT        NOT NULL,
  assignment_id    BIGINT        NOT NULL,
  handling_round   INT           NOT NULL,
  reference_number VARCHAR(50)   NOT NULL,
  title            VARCHAR(100)  NOT NULL,
  reply_class      VARCHAR(1)    NOT NULL,
  body             TEXT          NOT NULL,
  signing_leader   VARCHAR(50)   NOT NULL,
  officer          VARCHAR(50)   NOT NULL,
  officer_phone    VARCHAR(20)   NOT NULL,
  status           VARCHAR(30)   NOT NULL,
  version          INT           NOT NULL DEFAULT 1,
  return_comment   VARCHAR(1000) NULL,
  final_class      VARCHAR(1)    NULL,
  created_at       DATETIME(3)   NOT NULL,
  updated_at       DATETIME(3)   NOT NULL,
  sent_at          DATETIME(3)   NULL,
  CONSTRAINT uk_reply_assignment UNIQUE (assignment_id),
  CONSTRAINT fk_reply_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_reply_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 会签: an assisting unit's answer to one version of the lead's reply.
CREATE TABLE proposal_countersign (
  reply_id       BIGINT        NOT NULL,
  reply_version  INT           NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  agreed         BOOLEAN       NOT NULL,
  comment        VARCHAR(1000) NULL,
  decided_by     BIGINT        NOT NULL,
  decided_at     DATETIME(3)   NOT NULL,
  PRIMARY KEY (reply_id, reply_version, assignment_id),
  CONSTRAINT fk_countersign_reply FOREIGN KEY (reply_id) REFERENCES proposal_reply (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 征询意见表: one per proposer and round; staff may enter a paper form on a proposer's behalf.
CREATE TABLE proposal_evaluation (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id      BIGINT        NOT NULL,
  handling_round   INT           NOT NULL,
  member_id        BIGINT        NOT NULL,
  contacted        BOOLEAN       NOT NULL,
  contact_way      VARCHAR(20)   NULL,
  attitude         VARCHAR(20)   NOT NULL,
  result           VARCHAR(20)   NOT NULL,
  comments         VARCHAR(2000) NULL,
  entered_by       BIGINT        NOT NULL,
  on_paper         BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uk_evaluation UNIQUE (proposal_id, handling_round, member_id),
  CONSTRAINT fk_evaluation_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_evaluation_member FOREIGN KEY (member_id) REFERENCES member (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- 跟踪: a unit's later report on a B or C reply, which may raise its class.
CREATE TABLE proposal_follow_up (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  proposal_id    BIGINT        NOT NULL,
  assignment_id  BIGINT        NOT NULL,
  content        VARCHAR(2000) NOT NULL,
  new_class      VARCHAR(1)    NULL,
  created_by     BIGINT        NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT fk_follow_up_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
  CONSTRAINT fk_follow_up_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
