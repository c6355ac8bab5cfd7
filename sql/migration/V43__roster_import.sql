-- Imports of the roster from .xlsx files: who imported which file when, and every record each import created
-- (members and units also get a line in organisation_history; accounts are traced here).
CREATE TABLE roster_import (
  id             BIGINT AUTO_INCREMENT PRIMARY KEY,
  file_name      VARCHAR(200) NOT NULL,
  file_sha256    CHAR(64)     NOT NULL,
  members        INT          NOT NULL,
  units          INT          NOT NULL,
  accounts       INT          NOT NULL,
  imported_by    BIGINT       NOT NULL,
  importer_name  VARCHAR(50)  NOT NULL,
  imported_at    DATETIME(3)  NOT NULL,
  CONSTRAINT fk_roster_import_account FOREIGN KEY (imported_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE roster_import_item (
  import_id    BIGINT      NOT NULL,
  record_type  VARCHAR(20) NOT NULL,
  record_id    BIGINT      NOT NULL,
  sheet_name   VARCHAR(20) NOT NULL,
  row_no       INT         NOT NULL,
  PRIMARY KEY (import_id, record_type, record_id),
  CONSTRAINT fk_roster_import_item FOREIGN KEY (import_id) REFERENCES roster_import (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
