-- Bookkeeping table of the migration runners (sql/migrate.sh and the library's runner).
--
-- Both runners execute this file at the start of every run, while they hold the
-- migration advisory lock, so it must stay idempotent. It is not a versioned
-- migration: its name does not match V<digits>__<description>.sql.

CREATE TABLE IF NOT EXISTS oda_schema_migrations (
    version integer PRIMARY KEY CONSTRAINT ck_oda_schema_migrations_version_positive
        CHECK (version >= 1),
    name text NOT NULL,
    checksum text NOT NULL CONSTRAINT ck_oda_schema_migrations_checksum_sha256
        CHECK (checksum ~ '^[0-9a-f]{64}$'),
    applied_on timestamptz NOT NULL DEFAULT now(),
    applied_by text NOT NULL DEFAULT current_user,
    execution_ms bigint NOT NULL CONSTRAINT ck_oda_schema_migrations_execution_ms_not_negative
        CHECK (execution_ms >= 0)
);

COMMENT ON TABLE oda_schema_migrations IS
    'One row per applied versioned migration script (V<digits>__<description>.sql).';
COMMENT ON COLUMN oda_schema_migrations.version IS
    'Version of the script: the integer value of the digits after V in its file name.';
COMMENT ON COLUMN oda_schema_migrations.name IS
    'File name of the script, without directory.';
COMMENT ON COLUMN oda_schema_migrations.checksum IS
    'Lower-case hex SHA-256 of the script file bytes when it was applied.';
COMMENT ON COLUMN oda_schema_migrations.applied_on IS
    'Time the transaction that applied the script started.';
COMMENT ON COLUMN oda_schema_migrations.applied_by IS
    'Database role that applied the script.';
COMMENT ON COLUMN oda_schema_migrations.execution_ms IS
    'Wall-clock time the script took to run, in milliseconds.';
