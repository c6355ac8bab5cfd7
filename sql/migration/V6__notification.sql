-- Notifications: the in-app notification centre of each account, and the e-mail outbox beside it. A row
-- is written in the transaction of whatever caused it; its e-mail is sent after that commits, claimed by
-- a compare-and-set on email_status so that two application nodes never send one message twice.

CREATE TABLE notification (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id        BIGINT        NOT NULL,
  category          VARCHAR(30)   NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  body              VARCHAR(2000) NOT NULL,
  link              VARCHAR(200)  NULL,
  source_key        VARCHAR(120)  NULL,
  created_at        DATETIME(3)   NOT NULL,
  read_at           DATETIME(3)   NULL,
  email_to          VARCHAR(100)  NULL,
  email_status      VARCHAR(20)   NOT NULL,
  email_attempts    INT           NOT NULL DEFAULT 0,
  email_claimed_at  DATETIME(3)   NULL,
  email_sent_at     DATETIME(3)   NULL,
  email_error       VARCHAR(500)  NULL,
  CONSTRAINT uk_notification_source UNIQUE (account_id, source_key),
  CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_inbox ON notification (account_id, read_at);
CREATE INDEX ix_notification_email ON notification (email_status);
