-- The statistics board's figures, kept per proposal and per unit's part by the proposal module in the same
-- transaction as every command that moves one (docs/statistics.md "How the figures are kept"). Computing them on
-- read took 6.4 s per pass over 200,000 proposals (docs/benchmarks.md); the board now groups these narrow rows.
-- Each row is exactly what FiguresMapper.xml's on-read "flags" / "unitFlags" derive, which stays the reference.

-- One row per submitted proposal.
CREATE TABLE proposal_figures (
  proposal_id      BIGINT       NOT NULL PRIMARY KEY,
  session_id       BIGINT       NOT NULL,
  proposal_number  INT          NULL,
  submitted_at     DATETIME(3)  NOT NULL,
  submitted_year   INT          NOT NULL,
  category         VARCHAR(40)  NOT NULL,
  sector_id        BIGINT       NULL,
  lead_member_id   BIGINT       NULL,
  committee        VARCHAR(100) NULL,
  state            VARCHAR(30)  NOT NULL,
  handling_round   INT          NOT NULL,
  registered       TINYINT      NOT NULL,
  replied          TINYINT      NOT NULL,
  contacted        TINYINT      NOT NULL,
  evaluated        TINYINT      NOT NULL,
  satisfied        TINYINT      NOT NULL,
  unsatisfied      TINYINT      NOT NULL,
  reply_class      VARCHAR(1)   NULL,
  rehandled        TINYINT      NOT NULL,
  CONSTRAINT fk_figures_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_figures_submitted ON proposal_figures (submitted_at);
CREATE INDEX ix_figures_session ON proposal_figures (session_id, proposal_number);

-- One row per unit's part that the board counts: a round-1 assignment, not returned, of a registered proposal.
CREATE TABLE proposal_unit_figures (
  assignment_id     BIGINT      NOT NULL PRIMARY KEY,
  proposal_id       BIGINT      NOT NULL,
  unit_id           BIGINT      NOT NULL,
  unit_role         VARCHAR(20) NOT NULL,
  session_id        BIGINT      NOT NULL,
  submitted_at      DATETIME(3) NOT NULL,
  signed            TINYINT     NOT NULL,
  signed_on_time    TINYINT     NOT NULL,
  contacted         TINYINT     NOT NULL,
  contacted_on_time TINYINT     NOT NULL,
  replied           TINYINT     NOT NULL,
  replied_on_time   TINYINT     NOT NULL,
  replied_late      TINYINT     NOT NULL,
  reply_class       VARCHAR(1)  NULL,
  evaluated         TINYINT     NOT NULL,
  satisfied         TINYINT     NOT NULL,
  rehandled         TINYINT     NOT NULL,
  CONSTRAINT fk_unit_figures_assignment FOREIGN KEY (assignment_id) REFERENCES proposal_assignment (id),
  CONSTRAINT fk_unit_figures_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_unit_figures_unit ON proposal_unit_figures (unit_id, proposal_id);
CREATE INDEX ix_unit_figures_proposal ON proposal_unit_figures (proposal_id);

-- Backfill from the proposals already there, with the reference's expressions.
INSERT INTO proposal_figures (proposal_id, session_id, proposal_number, submitted_at, submitted_year, category,
       sector_id, lead_member_id, committee, state, handling_round, registered, replied, contacted, evaluated,
       satisfied, unsatisfied, reply_class, rehandled)
SELECT x.id, x.session_id, x.proposal_number, x.submitted_at, YEAR(x.submitted_at), x.category, x.sector_id,
       x.lead_member_id, CASE WHEN x.body_kind = 'COMMITTEE' THEN x.body_name END, x.state, x.handling_round,
       x.registered, x.replied, CASE WHEN x.registered = 1 THEN x.contacted ELSE 0 END,
       CASE WHEN x.forms > 0 THEN 1 ELSE 0 END,
       CASE WHEN x.forms > 0 AND x.unsatisfied_forms = 0 THEN 1 ELSE 0 END,
       CASE WHEN x.unsatisfied_forms > 0 THEN 1 ELSE 0 END,
       x.cls,
       CASE WHEN x.registered = 1 AND x.handling_round > 1 THEN 1 ELSE 0 END
  FROM (SELECT p.id, p.session_id, p.proposal_number, p.category, p.state, p.submitted_at, p.handling_round,
               p.sector_id, p.lead_member_id, p.body_kind, p.body_name,
               CASE WHEN p.registered_at IS NOT NULL THEN 1 ELSE 0 END AS registered,
               CASE WHEN p.registered_at IS NOT NULL
                     AND (p.state IN ('AWAITING_EVALUATION', 'REHANDLING', 'CLOSED', 'PUBLISHED')
                          OR p.handling_round > 1)
                    THEN 1 ELSE 0 END AS replied,
               CASE WHEN EXISTS (SELECT 1 FROM proposal_contact c WHERE c.proposal_id = p.id) THEN 1 ELSE 0 END
                 AS contacted,
               (SELECT COUNT(*) FROM proposal_evaluation e
                 WHERE e.proposal_id = p.id AND e.handling_round = p.handling_round) AS forms,
               (SELECT COUNT(*) FROM proposal_evaluation e
                 WHERE e.proposal_id = p.id AND e.handling_round = p.handling_round AND e.result = 'UNSATISFIED')
                 AS unsatisfied_forms,
               (SELECT MIN(COALESCE(r.final_class, r.reply_class)) FROM proposal_reply r
                 WHERE r.proposal_id = p.id AND r.handling_round = p.handling_round AND r.status = 'SENT') AS cls
          FROM proposal p
         WHERE p.submitted_at IS NOT NULL) x;

INSERT INTO proposal_unit_figures (assignment_id, proposal_id, unit_id, unit_role, session_id, submitted_at, signed,
       signed_on_time, contacted, contacted_on_time, replied, replied_on_time, replied_late, reply_class, evaluated,
       satisfied, rehandled)
SELECT y.id, y.proposal_id, y.unit_id, y.unit_role, f.session_id, f.submitted_at,
       CASE WHEN y.signed_at IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN y.signed_at IS NOT NULL AND y.sign_due_date IS NOT NULL
             AND CAST(y.signed_at AS DATE) <= y.sign_due_date THEN 1 ELSE 0 END,
       CASE WHEN y.first_contact IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN y.first_contact IS NOT NULL AND y.contact_due_date IS NOT NULL
             AND y.first_contact <= y.contact_due_date THEN 1 ELSE 0 END,
       CASE WHEN y.reply_sent_at IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN y.reply_sent_at IS NOT NULL AND y.reply_due_date IS NOT NULL
             AND CAST(y.reply_sent_at AS DATE) <= y.reply_due_date THEN 1 ELSE 0 END,
       CASE WHEN y.reply_sent_at IS NOT NULL
             AND (y.reply_due_date IS NULL OR CAST(y.reply_sent_at AS DATE) > y.reply_due_date) THEN 1 ELSE 0 END,
       (SELECT MIN(COALESCE(r.final_class, r.reply_class))
          FROM proposal_assignment a2 JOIN proposal_reply r ON r.assignment_id = a2.id
         WHERE a2.proposal_id = y.proposal_id AND a2.unit_id = y.unit_id
           AND a2.handling_round = f.handling_round AND r.status = 'SENT'),
       f.evaluated, f.satisfied, CASE WHEN f.handling_round > 1 THEN 1 ELSE 0 END
  FROM (SELECT a.id, a.proposal_id, a.unit_id, a.unit_role, a.signed_at, a.sign_due_date, a.contact_due_date,
               a.reply_due_date,
               (SELECT MIN(c.contact_date) FROM proposal_contact c WHERE c.assignment_id = a.id) AS first_contact,
               (SELECT MIN(r.sent_at) FROM proposal_reply r WHERE r.assignment_id = a.id AND r.status = 'SENT')
                 AS reply_sent_at
          FROM proposal_assignment a
         WHERE a.handling_round = 1 AND a.status <> 'RETURNED') y
  JOIN proposal_figures f ON f.proposal_id = y.proposal_id
 WHERE f.registered = 1;
