-- Spring Modulith's event publication registry: every event a module publishes is stored here, in the
-- transaction that changed the state, once per listener that must react to it; the row is completed when the
-- listener has done its work. A node that dies after the commit leaves its rows incomplete, and they are
-- delivered again (see docs/events.md). The layout is Modulith's own (schema v2); the table name is upper
-- case because that is how Modulith spells it and MySQL on Linux compares table names case-sensitively.
-- Modulith stores the id as a UUID on H2 and as text on MySQL/MariaDB, hence the two placeholders
-- (application.yml and application-mysql.yml set them).

CREATE TABLE EVENT_PUBLICATION (
  ID                     ${event_id_type}   NOT NULL,
  LISTENER_ID            VARCHAR(512)       NOT NULL,
  EVENT_TYPE             VARCHAR(512)       NOT NULL,
  SERIALIZED_EVENT       ${event_text_type} NOT NULL,
  PUBLICATION_DATE       DATETIME(6)        NOT NULL,
  COMPLETION_DATE        DATETIME(6)        NULL,
  STATUS                 VARCHAR(20)        NULL,
  COMPLETION_ATTEMPTS    INT                NULL,
  LAST_RESUBMISSION_DATE DATETIME(6)        NULL,
  PRIMARY KEY (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_event_publication_completion ON EVENT_PUBLICATION (COMPLETION_DATE);
CREATE INDEX ix_event_publication_status ON EVENT_PUBLICATION (STATUS, PUBLICATION_DATE);
