-- SMS as a notice channel (issue 15, item 4). An account chooses per category whether notices also come by SMS
-- (off unless chosen); a resident who raises a matter may agree to SMS updates on it, to the phone they gave.
-- Each SMS is one row of notification_sms: (source_key, phone) is unique, so an event delivered twice, or told to
-- one phone both as an account's notice and as the matter's raiser, is texted once; sending claims the row by a
-- compare-and-set on status, as the e-mail outbox does.

ALTER TABLE notification_preference ADD COLUMN sms BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE consultation_matter ADD COLUMN sms_consent_at DATETIME(3) NULL;

CREATE TABLE notification_sms (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  source_key    VARCHAR(120)  NOT NULL,
  phone         VARCHAR(20)   NOT NULL,
  account_id    BIGINT        NULL,
  template      VARCHAR(30)   NOT NULL,
  template_id   VARCHAR(40)   NOT NULL,
  params        VARCHAR(1000) NOT NULL,
  status        VARCHAR(20)   NOT NULL,
  attempts      INT           NOT NULL DEFAULT 0,
  created_at    DATETIME(3)   NOT NULL,
  claimed_at    DATETIME(3)   NULL,
  sent_at       DATETIME(3)   NULL,
  serial_no     VARCHAR(100)  NULL,
  error         VARCHAR(500)  NULL,
  CONSTRAINT uk_notification_sms UNIQUE (source_key, phone),
  CONSTRAINT fk_notification_sms_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_notification_sms_status ON notification_sms (status);
