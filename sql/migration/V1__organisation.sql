-- Organisation, accounts and reference data. Runs unchanged on MySQL 8 / MariaDB and on H2 (MODE=MySQL).
-- Time columns are DATETIME(3): MariaDB reports itself to Connector/J as an old MySQL, so nothing here
-- may rely on the driver choosing the precision.

CREATE TABLE committee_session (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  term_no          INT          NOT NULL,
  meeting_no       INT          NOT NULL,
  name             VARCHAR(50)  NOT NULL,
  opened_on        DATE         NULL,
  cosign_deadline  DATE         NULL,
  is_current       BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT uk_session_term_meeting UNIQUE (term_no, meeting_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE sector (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  code        VARCHAR(32)  NOT NULL,
  name        VARCHAR(100) NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3)  NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT uk_sector_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE handling_unit (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  code           VARCHAR(32)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  kind           VARCHAR(20)  NOT NULL,
  contact_name   VARCHAR(50)  NULL,
  contact_phone  VARCHAR(20)  NULL,
  enabled        BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at     DATETIME(3)  NOT NULL,
  updated_at     DATETIME(3)  NOT NULL,
  CONSTRAINT uk_unit_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE subdistrict (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  CONSTRAINT uk_subdistrict_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE community (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  subdistrict_id  BIGINT       NOT NULL,
  name            VARCHAR(100) NOT NULL,
  CONSTRAINT uk_community_name UNIQUE (subdistrict_id, name),
  CONSTRAINT fk_community_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES subdistrict (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workstation (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  name            VARCHAR(100) NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  subdistrict_id  BIGINT       NOT NULL,
  community_id    BIGINT       NULL,
  address         VARCHAR(200) NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  CONSTRAINT uk_workstation_name UNIQUE (name),
  CONSTRAINT fk_workstation_subdistrict FOREIGN KEY (subdistrict_id) REFERENCES subdistrict (id),
  CONSTRAINT fk_workstation_community FOREIGN KEY (community_id) REFERENCES community (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE app_account (
  id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
  username             VARCHAR(50)  NOT NULL,
  password_hash        VARCHAR(100) NOT NULL,
  display_name         VARCHAR(50)  NOT NULL,
  phone                VARCHAR(20)  NULL,
  email                VARCHAR(100) NULL,
  unit_id              BIGINT       NULL,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_logins        INT          NOT NULL DEFAULT 0,
  locked_until         DATETIME(3)  NULL,
  password_changed_at  DATETIME(3)  NOT NULL,
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT uk_account_username UNIQUE (username),
  CONSTRAINT fk_account_unit FOREIGN KEY (unit_id) REFERENCES handling_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE account_role (
  account_id  BIGINT      NOT NULL,
  role        VARCHAR(30) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES app_account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE member (
  id              BIGINT AUTO_INCREMENT PRIMARY KEY,
  account_id      BIGINT       NULL,
  name            VARCHAR(50)  NOT NULL,
  gender          VARCHAR(10)  NULL,
  sector_id       BIGINT       NOT NULL,
  level           VARCHAR(20)  NOT NULL,
  party           VARCHAR(50)  NULL,
  workplace       VARCHAR(200) NULL,
  phone           VARCHAR(20)  NULL,
  workstation_id  BIGINT       NULL,
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  CONSTRAINT uk_member_account UNIQUE (account_id),
  CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES app_account (id),
  CONSTRAINT fk_member_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
  CONSTRAINT fk_member_workstation FOREIGN KEY (workstation_id) REFERENCES workstation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workstation_liaison (
  workstation_id  BIGINT NOT NULL,
  account_id      BIGINT NOT NULL,
  PRIMARY KEY (workstation_id, account_id),
  CONSTRAINT fk_liaison_workstation FOREIGN KEY (workstation_id) REFERENCES workstation (id),
  CONSTRAINT fk_liaison_account FOREIGN KEY (account_id) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dictionary_item (
  id          BIGINT AUTO_INCREMENT PRIMARY KEY,
  dict_type   VARCHAR(40)  NOT NULL,
  code        VARCHAR(40)  NOT NULL,
  label       VARCHAR(100) NOT NULL,
  sort_order  INT          NOT NULL DEFAULT 0,
  enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT uk_dictionary_type_code UNIQUE (dict_type, code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Public holidays (HOLIDAY) and make-up working days on a weekend (WORKDAY, 调休).
CREATE TABLE holiday (
  id            BIGINT AUTO_INCREMENT PRIMARY KEY,
  holiday_date  DATE         NOT NULL,
  kind          VARCHAR(20)  NOT NULL,
  name          VARCHAR(50)  NOT NULL,
  CONSTRAINT uk_holiday_date UNIQUE (holiday_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Spring Session's tables (server-side HTTP sessions shared by every application node).
CREATE TABLE SPRING_SESSION (
  PRIMARY_ID             CHAR(36)     NOT NULL,
  SESSION_ID             CHAR(36)     NOT NULL,
  CREATION_TIME          BIGINT       NOT NULL,
  LAST_ACCESS_TIME       BIGINT       NOT NULL,
  MAX_INACTIVE_INTERVAL  INT          NOT NULL,
  EXPIRY_TIME            BIGINT       NOT NULL,
  PRINCIPAL_NAME         VARCHAR(100) NULL,
  CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
  SESSION_PRIMARY_ID  CHAR(36)     NOT NULL,
  ATTRIBUTE_NAME      VARCHAR(200) NOT NULL,
  ATTRIBUTE_BYTES     BLOB         NOT NULL,
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
  CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
