-- pgTAP test of the ODA schema created by the sql/V*.sql scripts.
--
-- Expects a database migrated by sql/migrate.sh into the first schema of the
-- search_path, with the pgtap extension installed. Everything runs in one
-- transaction that is rolled back, so the database stays unchanged.

BEGIN;

SELECT plan(426);

-- Expected shape, kept in temporary tables so each check below is one query.

CREATE TEMP TABLE entity_kind (
    kind text PRIMARY KEY,
    table_name name NOT NULL,
    id_column name NOT NULL
);
INSERT INTO entity_kind VALUES
    ('sbd', 'tab_oda_sbd', 'sbd_id'),
    ('sbi', 'tab_oda_sbi', 'sbi_id'),
    ('eb', 'tab_oda_eb', 'eb_id'),
    ('prj', 'tab_oda_prj', 'prj_id'),
    ('prsl', 'tab_oda_prsl', 'prsl_id'),
    ('panel', 'tab_oda_panel', 'panel_id'),
    ('rvw', 'tab_oda_rvw', 'review_id'),
    ('pnld', 'tab_oda_pnld', 'decision_id'),
    ('prslacc', 'tab_oda_prslacc', 'access_id');

-- Link columns copied out of the documents, in table order after the common columns.
CREATE TEMP TABLE link_column (
    table_name name NOT NULL,
    column_name name NOT NULL,
    column_type text NOT NULL,
    position integer NOT NULL
);
INSERT INTO link_column VALUES
    ('tab_oda_sbd', 'prj_ref', 'text', 9),
    ('tab_oda_sbd', 'ob_ref', 'text', 10),
    ('tab_oda_sbi', 'sbd_ref', 'text', 9),
    ('tab_oda_sbi', 'sbd_version', 'integer', 10),
    ('tab_oda_sbi', 'eb_ref', 'text', 11),
    ('tab_oda_eb', 'sbd_ref', 'text', 9),
    ('tab_oda_eb', 'sbd_version', 'integer', 10),
    ('tab_oda_eb', 'sbi_ref', 'text', 11),
    ('tab_oda_prj', 'prsl_ref', 'text', 9),
    ('tab_oda_prsl', 'cycle', 'text', 9),
    ('tab_oda_panel', 'cycle', 'text', 9),
    ('tab_oda_rvw', 'prsl_ref', 'text', 9),
    ('tab_oda_rvw', 'panel_ref', 'text', 10),
    ('tab_oda_rvw', 'reviewer_id', 'text', 11),
    ('tab_oda_pnld', 'prsl_ref', 'text', 9),
    ('tab_oda_pnld', 'panel_ref', 'text', 10),
    ('tab_oda_prslacc', 'prsl_ref', 'text', 9),
    ('tab_oda_prslacc', 'user_id', 'text', 10);

CREATE TEMP TABLE expected_column (
    table_name name NOT NULL,
    column_name name NOT NULL,
    column_type text NOT NULL,
    not_null boolean NOT NULL,
    position integer NOT NULL
);
INSERT INTO expected_column
SELECT k.table_name, c.column_name, c.column_type, c.not_null, c.position
FROM entity_kind k
CROSS JOIN LATERAL (VALUES
    ('id'::name, 'bigint', true, 1),
    (k.id_column, 'text', true, 2),
    ('version', 'integer', true, 3),
    ('info', 'jsonb', true, 4),
    ('created_by', 'text', true, 5),
    ('created_on', 'timestamp with time zone', true, 6),
    ('last_modified_by', 'text', true, 7),
    ('last_modified_on', 'timestamp with time zone', true, 8)
) AS c (column_name, column_type, not_null, position)
UNION ALL
SELECT table_name, column_name, column_type, false, position FROM link_column
UNION ALL
SELECT 'tab_oda_status_history', c.*
FROM (VALUES
    ('id'::name, 'bigint', true, 1),
    ('entity_kind', 'text', true, 2),
    ('entity_id', 'text', true, 3),
    ('entity_version', 'integer', true, 4),
    ('status', 'text', true, 5),
    ('previous_status', 'text', false, 6),
    ('updated_by', 'text', true, 7),
    ('as_of', 'timestamp with time zone', true, 8)
) AS c
UNION ALL
SELECT 'oda_schema_migrations', c.*
FROM (VALUES
    ('version'::name, 'integer', true, 1),
    ('name', 'text', true, 2),
    ('checksum', 'text', true, 3),
    ('applied_on', 'timestamp with time zone', true, 4),
    ('applied_by', 'text', true, 5),
    ('execution_ms', 'bigint', true, 6)
) AS c;

-- Tables and columns: 1 + 11 + 104 + 104 + 11 = 231 tests.

SELECT tables_are(
    current_schema()::name,
    ARRAY(SELECT DISTINCT table_name FROM expected_column ORDER BY 1),
    'the schema contains exactly the ODA tables'
);

SELECT columns_are(table_name, array_agg(column_name ORDER BY position))
FROM expected_column GROUP BY table_name ORDER BY table_name;

SELECT col_type_is(table_name, column_name, column_type)
FROM expected_column ORDER BY table_name, position;

SELECT CASE WHEN not_null THEN col_not_null(table_name, column_name)
            ELSE col_is_null(table_name, column_name) END
FROM expected_column ORDER BY table_name, position;

SELECT is(
    (SELECT array_agg(attnum ORDER BY attnum)::integer[] FROM pg_attribute
     WHERE attrelid = to_regclass(table_name) AND attnum > 0 AND NOT attisdropped),
    (SELECT array_agg(position ORDER BY position) FROM expected_column e
     WHERE e.table_name = t.table_name),
    table_name || ' has its columns in the documented order'
)
FROM (SELECT DISTINCT table_name FROM expected_column) AS t ORDER BY table_name;

-- Keys, identity and defaults: 11 + 10 + 9 + 5 = 35 tests.

SELECT col_is_pk(table_name, column_name)
FROM expected_column
WHERE column_name = 'id' OR (table_name = 'oda_schema_migrations' AND column_name = 'version')
ORDER BY table_name;

SELECT is(
    (SELECT attidentity::text FROM pg_attribute
     WHERE attrelid = to_regclass(table_name) AND attname = 'id'),
    'a',
    table_name || '.id is GENERATED ALWAYS AS IDENTITY'
)
FROM expected_column WHERE column_name = 'id' ORDER BY table_name;

SELECT col_is_unique(table_name, ARRAY[id_column, 'version'::name])
FROM entity_kind ORDER BY kind;

SELECT col_default_is('tab_oda_status_history', 'as_of', 'now()');
SELECT col_default_is('oda_schema_migrations', 'applied_on', 'now()');
SELECT col_default_is('oda_schema_migrations', 'applied_by', 'CURRENT_USER');
SELECT col_hasnt_default('oda_schema_migrations', 'execution_ms');
SELECT col_hasnt_default('oda_schema_migrations', 'checksum');

-- Indexes: 9 + 9 + 36 + 18 + 14 + 2 + 2 = 90 tests.

SELECT indexes_are(
    k.table_name,
    ARRAY[k.table_name || '_pkey', 'uq_' || k.table_name || '_' || k.id_column || '_version',
          'ix_' || k.table_name || '_created_by', 'ix_' || k.table_name || '_last_modified_by',
          'ix_' || k.table_name || '_created_on', 'ix_' || k.table_name || '_last_modified_on']
    || ARRAY(SELECT 'ix_' || k.table_name || '_' || l.column_name FROM link_column l
             WHERE l.table_name = k.table_name AND l.column_name NOT IN ('sbd_ref', 'sbd_version'))
    || ARRAY(SELECT 'ix_' || k.table_name || '_sbd_ref_sbd_version' FROM link_column l
             WHERE l.table_name = k.table_name AND l.column_name = 'sbd_ref')
)
FROM entity_kind k ORDER BY k.kind;

SELECT has_index(k.table_name, 'uq_' || k.table_name || '_' || k.id_column || '_version',
                 ARRAY[k.id_column, 'version'::name])
FROM entity_kind k ORDER BY k.kind;

SELECT has_index(k.table_name, 'ix_' || k.table_name || '_' || c, c)
FROM entity_kind k
CROSS JOIN unnest(ARRAY['created_by', 'last_modified_by', 'created_on', 'last_modified_on']::name[]) AS c
ORDER BY k.kind, c;

SELECT is(
    (SELECT opc.opcname FROM pg_index i JOIN pg_opclass opc ON opc.oid = i.indclass[0]
     WHERE i.indexrelid = to_regclass('ix_' || k.table_name || '_' || c)),
    'text_pattern_ops'::name,
    'ix_' || k.table_name || '_' || c || ' uses text_pattern_ops for prefix LIKE'
)
FROM entity_kind k
CROSS JOIN unnest(ARRAY['created_by', 'last_modified_by']) AS c
ORDER BY k.kind, c;

SELECT has_index(l.table_name, 'ix_' || l.table_name || '_' || l.column_name, l.column_name)
FROM link_column l
WHERE l.column_name NOT IN ('sbd_ref', 'sbd_version')
ORDER BY l.table_name, l.column_name;

SELECT has_index(t, 'ix_' || t || '_sbd_ref_sbd_version', ARRAY['sbd_ref', 'sbd_version']::name[])
FROM unnest(ARRAY['tab_oda_sbi', 'tab_oda_eb']::name[]) AS t ORDER BY t;

SELECT indexes_are('tab_oda_status_history',
                   ARRAY['tab_oda_status_history_pkey', 'ix_tab_oda_status_history_entity']);
SELECT matches(
    pg_get_indexdef('ix_tab_oda_status_history_entity'::regclass),
    'USING btree \(entity_kind, entity_id, as_of DESC, id DESC\)$',
    'ix_tab_oda_status_history_entity orders each entity newest first'
);

-- Comments: 2 tests.

SELECT is_empty(
    format($$SELECT relname FROM pg_class
             WHERE relnamespace = %L::regnamespace AND relkind = 'r'
               AND coalesce(obj_description(oid, 'pg_class'), '') = ''$$, current_schema()),
    'every table has a comment'
);
SELECT is_empty(
    format($$SELECT c.relname || '.' || a.attname
             FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = %L::regnamespace AND c.relkind = 'r'
               AND a.attnum > 0 AND NOT a.attisdropped
               AND coalesce(col_description(c.oid, a.attnum), '') = ''$$, current_schema()),
    'every column has a comment'
);

-- Entity table constraints, checked by inserting rows: 9 * 5 + 2 = 47 tests.
-- The helper returns the INSERT of one entity version. entity_id is a value, while
-- version and info are SQL expressions.

CREATE FUNCTION pg_temp.insert_entity_sql(
    table_name name, id_column name, entity_id text, version text, info text
) RETURNS text LANGUAGE sql AS $$
    SELECT format(
        'INSERT INTO %I (%I, version, info, created_by, created_on, last_modified_by, last_modified_on)'
        ' VALUES (%L, %s, %s, %L, now(), %L, now())',
        table_name, id_column, entity_id, version, info, 'test-user', 'test-user')
$$;

SELECT lives_ok(pg_temp.insert_entity_sql(table_name, id_column, 'pgtap-1', '1', '''{}'''),
                table_name || ' accepts a valid row')
FROM entity_kind ORDER BY kind;

SELECT throws_ok(pg_temp.insert_entity_sql(table_name, id_column, 'pgtap-1', '1', '''{}'''),
                 '23505', NULL, table_name || ' rejects a duplicate (id, version)')
FROM entity_kind ORDER BY kind;

SELECT throws_ok(pg_temp.insert_entity_sql(table_name, id_column, '', '1', '''{}'''),
                 '23514', NULL, table_name || ' rejects an empty id')
FROM entity_kind ORDER BY kind;

SELECT throws_ok(pg_temp.insert_entity_sql(table_name, id_column, 'pgtap-2', '0', '''{}'''),
                 '23514', NULL, table_name || ' rejects version 0')
FROM entity_kind ORDER BY kind;

SELECT throws_ok(pg_temp.insert_entity_sql(table_name, id_column, 'pgtap-3', '1', '''[]'''),
                 '23514', NULL, table_name || ' rejects a non-object document')
FROM entity_kind ORDER BY kind;

SELECT throws_ok(
    format('UPDATE %I SET sbd_version = 0', t), '23514', NULL, t || ' rejects sbd_version 0'
)
FROM unnest(ARRAY['tab_oda_sbi', 'tab_oda_eb']) AS t ORDER BY t;

-- Status history: 9 + 6 + 3 = 18 tests.

SELECT lives_ok(
    format($$INSERT INTO tab_oda_status_history (entity_kind, entity_id, entity_version, status, updated_by)
             VALUES (%L, 'pgtap-1', 1, 'DRAFT', 'test-user')$$, kind),
    'status history accepts kind ' || kind
)
FROM entity_kind ORDER BY kind;

SELECT throws_ok(
    $$INSERT INTO tab_oda_status_history (entity_kind, entity_id, entity_version, status, updated_by)
      VALUES ('unknown', 'pgtap-1', 1, 'DRAFT', 'test-user')$$,
    '23514', NULL, 'status history rejects an unknown kind'
);
SELECT throws_ok(
    $$INSERT INTO tab_oda_status_history (entity_kind, entity_id, entity_version, status, updated_by)
      VALUES ('sbd', '', 1, 'DRAFT', 'test-user')$$,
    '23514', NULL, 'status history rejects an empty entity_id'
);
SELECT throws_ok(
    $$INSERT INTO tab_oda_status_history (entity_kind, entity_id, entity_version, status, updated_by)
      VALUES ('sbd', 'pgtap-1', 0, 'DRAFT', 'test-user')$$,
    '23514', NULL, 'status history rejects entity_version 0'
);
SELECT throws_ok(
    $$INSERT INTO tab_oda_status_history (entity_kind, entity_id, entity_version, status, updated_by)
      VALUES ('sbd', 'pgtap-1', 1, '', 'test-user')$$,
    '23514', NULL, 'status history rejects an empty status'
);
SELECT throws_ok(
    $$UPDATE tab_oda_status_history SET status = 'READY' WHERE entity_kind = 'sbd'$$,
    '23001', 'tab_oda_status_history is append-only: UPDATE is not allowed',
    'status history rejects UPDATE'
);
SELECT throws_ok(
    $$UPDATE tab_oda_status_history SET status = 'READY' WHERE false$$,
    '23001', NULL, 'status history rejects UPDATE that matches no row'
);
SELECT lives_ok(
    $$DELETE FROM tab_oda_status_history WHERE entity_kind = 'sbd'$$,
    'status history allows DELETE'
);
SELECT is(
    (SELECT count(*)::integer FROM tab_oda_status_history),
    8,
    'DELETE removed only the matching status rows'
);
SELECT has_trigger('tab_oda_status_history', 'tr_tab_oda_status_history_no_update');

-- Bookkeeping table constraints: 3 tests.

SELECT throws_ok(
    $$INSERT INTO oda_schema_migrations (version, name, checksum, execution_ms)
      VALUES (0, 'V0__x.sql', repeat('a', 64), 1)$$,
    '23514', NULL, 'oda_schema_migrations rejects version 0'
);
SELECT throws_ok(
    $$INSERT INTO oda_schema_migrations (version, name, checksum, execution_ms)
      VALUES (1000, 'V1000__x.sql', repeat('A', 64), 1)$$,
    '23514', NULL, 'oda_schema_migrations rejects an upper-case checksum'
);
SELECT throws_ok(
    $$INSERT INTO oda_schema_migrations (version, name, checksum, execution_ms)
      VALUES (1000, 'V1000__x.sql', repeat('a', 64), -1)$$,
    '23514', NULL, 'oda_schema_migrations rejects a negative execution_ms'
);

SELECT * FROM finish();
ROLLBACK;
