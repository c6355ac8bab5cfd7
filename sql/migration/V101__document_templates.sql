-- Word templates the office uploads per document kind. Every upload is a new version (who, when); the newest row
-- of a kind is in force unless it is a revert row (content NULL), which puts the built-in template back.
CREATE TABLE document_template (
  id                BIGINT AUTO_INCREMENT PRIMARY KEY,
  kind              VARCHAR(40)   NOT NULL,
  version           INT           NOT NULL,
  file_name         VARCHAR(200)  NULL,
  content           LONGBLOB      NULL,
  size_bytes        INT           NULL,
  placeholders      VARCHAR(2000) NULL,
  uploaded_by       BIGINT        NOT NULL,
  uploaded_by_name  VARCHAR(50)   NOT NULL,
  uploaded_at       DATETIME(3)   NOT NULL,
  CONSTRAINT uk_document_template_version UNIQUE (kind, version),
  CONSTRAINT fk_document_template_by FOREIGN KEY (uploaded_by) REFERENCES app_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
