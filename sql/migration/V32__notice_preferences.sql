-- Notices for every step (issue 15). A notice row is the delivery of one event to one recipient: its source key
-- is made from the event, so (account_id, source_key) — unique since V6 and now never null — lets a notice in
-- at most once however often the event is delivered. The centre is one channel (shown), the e-mail the other
-- (email_status, claimed by a compare-and-set). Each account chooses per category whether notices show in the
-- centre and whether they are e-mailed at once, collected into the daily digest, or not at all.

UPDATE notification SET source_key = CONCAT('notice:', id) WHERE source_key IS NULL;
ALTER TABLE notification MODIFY source_key VARCHAR(120) NOT NULL;
ALTER TABLE notification ADD COLUMN shown BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE notification ADD COLUMN digest_id VARCHAR(36) NULL;
CREATE INDEX ix_notification_digest ON notification (digest_id);

CREATE TABLE notification_preference (
  account_id  BIGINT      NOT NULL,
  category    VARCHAR(30) NOT NULL,
  in_app      BOOLEAN     NOT NULL,
  email       VARCHAR(10) NOT NULL,
  updated_at  DATETIME(3) NOT NULL,
  PRIMARY KEY (account_id, category),
  CONSTRAINT fk_notification_preference_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
