-- Creates the ODA schema: one table per PDM entity kind and the status history.
--
-- Every object is created unqualified, so the script lands in the first schema of
-- the search_path in effect; integration teams choose their schema that way.
--
-- Entity tables (tab_oda_<kind>) store one row per entity version. Index design,
-- shared by all nine tables:
-- * The latest version of one id (WHERE <id> = $1 ORDER BY version DESC LIMIT 1)
--   needs no index of its own, because a backward scan of the UNIQUE (<id>, version)
--   index returns it.
-- * created_by and last_modified_by use text_pattern_ops, so one index serves both
--   equality and prefix matches (LIKE 'x%') whatever the database collation is.
-- * created_on and last_modified_on have plain btree indexes for range queries.
-- * Every link column copied out of the document has an index. In tab_oda_sbi and
--   tab_oda_eb, sbd_version is only meaningful together with sbd_ref, so a single
--   (sbd_ref, sbd_version) index serves both.

-- SBDefinition (sbd)
CREATE TABLE tab_oda_sbd (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sbd_id text NOT NULL CONSTRAINT ck_tab_oda_sbd_sbd_id_not_empty CHECK (sbd_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_sbd_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_sbd_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    prj_ref text,
    ob_ref text,
    CONSTRAINT uq_tab_oda_sbd_sbd_id_version UNIQUE (sbd_id, version)
);

CREATE INDEX ix_tab_oda_sbd_created_by ON tab_oda_sbd (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_sbd_last_modified_by ON tab_oda_sbd (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_sbd_created_on ON tab_oda_sbd (created_on);
CREATE INDEX ix_tab_oda_sbd_last_modified_on ON tab_oda_sbd (last_modified_on);
CREATE INDEX ix_tab_oda_sbd_prj_ref ON tab_oda_sbd (prj_ref);
CREATE INDEX ix_tab_oda_sbd_ob_ref ON tab_oda_sbd (ob_ref);

COMMENT ON TABLE tab_oda_sbd IS
    'One row per version of each SBDefinition of the PDM, keyed by (sbd_id, version).';
COMMENT ON COLUMN tab_oda_sbd.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_sbd.sbd_id IS
    'SBDefinition id (PDM field sbd_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_sbd.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_sbd.info IS
    'Complete SBDefinition JSON document of this version.';
COMMENT ON COLUMN tab_oda_sbd.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_sbd.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_sbd.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_sbd.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_sbd.prj_ref IS
    'Project (prj_id) that the SBDefinition belongs to, copied from the document''s prj_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_sbd.ob_ref IS
    'Observing block within that Project, copied from the document''s ob_ref; NULL when the document has none.';

-- SBInstance (sbi)
CREATE TABLE tab_oda_sbi (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sbi_id text NOT NULL CONSTRAINT ck_tab_oda_sbi_sbi_id_not_empty CHECK (sbi_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_sbi_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_sbi_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    sbd_ref text,
    sbd_version integer CONSTRAINT ck_tab_oda_sbi_sbd_version_positive CHECK (sbd_version >= 1),
    eb_ref text,
    CONSTRAINT uq_tab_oda_sbi_sbi_id_version UNIQUE (sbi_id, version)
);

CREATE INDEX ix_tab_oda_sbi_created_by ON tab_oda_sbi (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_sbi_last_modified_by ON tab_oda_sbi (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_sbi_created_on ON tab_oda_sbi (created_on);
CREATE INDEX ix_tab_oda_sbi_last_modified_on ON tab_oda_sbi (last_modified_on);
CREATE INDEX ix_tab_oda_sbi_sbd_ref_sbd_version ON tab_oda_sbi (sbd_ref, sbd_version);
CREATE INDEX ix_tab_oda_sbi_eb_ref ON tab_oda_sbi (eb_ref);

COMMENT ON TABLE tab_oda_sbi IS
    'One row per version of each SBInstance of the PDM, keyed by (sbi_id, version).';
COMMENT ON COLUMN tab_oda_sbi.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_sbi.sbi_id IS
    'SBInstance id (PDM field sbi_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_sbi.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_sbi.info IS
    'Complete SBInstance JSON document of this version.';
COMMENT ON COLUMN tab_oda_sbi.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_sbi.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_sbi.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_sbi.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_sbi.sbd_ref IS
    'SBDefinition (sbd_id) that was executed, copied from the document''s sbd_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_sbi.sbd_version IS
    'Version of that SBDefinition, copied from the document''s sbd_version; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_sbi.eb_ref IS
    'Execution block (eb_id) that ran the instance, copied from the document''s eb_ref; NULL when the document has none.';

-- OSOExecutionBlock (eb)
CREATE TABLE tab_oda_eb (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    eb_id text NOT NULL CONSTRAINT ck_tab_oda_eb_eb_id_not_empty CHECK (eb_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_eb_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_eb_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    sbd_ref text,
    sbd_version integer CONSTRAINT ck_tab_oda_eb_sbd_version_positive CHECK (sbd_version >= 1),
    sbi_ref text,
    CONSTRAINT uq_tab_oda_eb_eb_id_version UNIQUE (eb_id, version)
);

CREATE INDEX ix_tab_oda_eb_created_by ON tab_oda_eb (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_eb_last_modified_by ON tab_oda_eb (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_eb_created_on ON tab_oda_eb (created_on);
CREATE INDEX ix_tab_oda_eb_last_modified_on ON tab_oda_eb (last_modified_on);
CREATE INDEX ix_tab_oda_eb_sbd_ref_sbd_version ON tab_oda_eb (sbd_ref, sbd_version);
CREATE INDEX ix_tab_oda_eb_sbi_ref ON tab_oda_eb (sbi_ref);

COMMENT ON TABLE tab_oda_eb IS
    'One row per version of each OSOExecutionBlock of the PDM, keyed by (eb_id, version).';
COMMENT ON COLUMN tab_oda_eb.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_eb.eb_id IS
    'OSOExecutionBlock id (PDM field eb_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_eb.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_eb.info IS
    'Complete OSOExecutionBlock JSON document of this version.';
COMMENT ON COLUMN tab_oda_eb.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_eb.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_eb.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_eb.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_eb.sbd_ref IS
    'SBDefinition (sbd_id) executed in the block, copied from the document''s sbd_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_eb.sbd_version IS
    'Version of that SBDefinition, copied from the document''s sbd_version; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_eb.sbi_ref IS
    'SBInstance (sbi_id) executed in the block, copied from the document''s sbi_ref; NULL when the document has none.';

-- Project (prj)
CREATE TABLE tab_oda_prj (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    prj_id text NOT NULL CONSTRAINT ck_tab_oda_prj_prj_id_not_empty CHECK (prj_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_prj_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_prj_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    prsl_ref text,
    CONSTRAINT uq_tab_oda_prj_prj_id_version UNIQUE (prj_id, version)
);

CREATE INDEX ix_tab_oda_prj_created_by ON tab_oda_prj (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prj_last_modified_by ON tab_oda_prj (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prj_created_on ON tab_oda_prj (created_on);
CREATE INDEX ix_tab_oda_prj_last_modified_on ON tab_oda_prj (last_modified_on);
CREATE INDEX ix_tab_oda_prj_prsl_ref ON tab_oda_prj (prsl_ref);

COMMENT ON TABLE tab_oda_prj IS
    'One row per version of each Project of the PDM, keyed by (prj_id, version).';
COMMENT ON COLUMN tab_oda_prj.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_prj.prj_id IS
    'Project id (PDM field prj_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_prj.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_prj.info IS
    'Complete Project JSON document of this version.';
COMMENT ON COLUMN tab_oda_prj.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_prj.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_prj.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_prj.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_prj.prsl_ref IS
    'Proposal (prsl_id) that the Project was created from, copied from the document''s prsl_ref; NULL when the document has none.';

-- Proposal (prsl)
CREATE TABLE tab_oda_prsl (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    prsl_id text NOT NULL CONSTRAINT ck_tab_oda_prsl_prsl_id_not_empty CHECK (prsl_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_prsl_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_prsl_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    cycle text,
    CONSTRAINT uq_tab_oda_prsl_prsl_id_version UNIQUE (prsl_id, version)
);

CREATE INDEX ix_tab_oda_prsl_created_by ON tab_oda_prsl (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prsl_last_modified_by ON tab_oda_prsl (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prsl_created_on ON tab_oda_prsl (created_on);
CREATE INDEX ix_tab_oda_prsl_last_modified_on ON tab_oda_prsl (last_modified_on);
CREATE INDEX ix_tab_oda_prsl_cycle ON tab_oda_prsl (cycle);

COMMENT ON TABLE tab_oda_prsl IS
    'One row per version of each Proposal of the PDM, keyed by (prsl_id, version).';
COMMENT ON COLUMN tab_oda_prsl.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_prsl.prsl_id IS
    'Proposal id (PDM field prsl_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_prsl.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_prsl.info IS
    'Complete Proposal JSON document of this version.';
COMMENT ON COLUMN tab_oda_prsl.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_prsl.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_prsl.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_prsl.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_prsl.cycle IS
    'Proposal cycle, copied from the document''s cycle; NULL when the document has none.';

-- Panel (panel)
CREATE TABLE tab_oda_panel (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    panel_id text NOT NULL CONSTRAINT ck_tab_oda_panel_panel_id_not_empty CHECK (panel_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_panel_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_panel_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    cycle text,
    CONSTRAINT uq_tab_oda_panel_panel_id_version UNIQUE (panel_id, version)
);

CREATE INDEX ix_tab_oda_panel_created_by ON tab_oda_panel (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_panel_last_modified_by ON tab_oda_panel (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_panel_created_on ON tab_oda_panel (created_on);
CREATE INDEX ix_tab_oda_panel_last_modified_on ON tab_oda_panel (last_modified_on);
CREATE INDEX ix_tab_oda_panel_cycle ON tab_oda_panel (cycle);

COMMENT ON TABLE tab_oda_panel IS
    'One row per version of each Panel of the PDM, keyed by (panel_id, version).';
COMMENT ON COLUMN tab_oda_panel.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_panel.panel_id IS
    'Panel id (PDM field panel_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_panel.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_panel.info IS
    'Complete Panel JSON document of this version.';
COMMENT ON COLUMN tab_oda_panel.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_panel.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_panel.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_panel.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_panel.cycle IS
    'Proposal cycle that the Panel reviews, copied from the document''s cycle; NULL when the document has none.';

-- PanelReview (rvw)
CREATE TABLE tab_oda_rvw (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    review_id text NOT NULL CONSTRAINT ck_tab_oda_rvw_review_id_not_empty CHECK (review_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_rvw_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_rvw_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    prsl_ref text,
    panel_ref text,
    reviewer_id text,
    CONSTRAINT uq_tab_oda_rvw_review_id_version UNIQUE (review_id, version)
);

CREATE INDEX ix_tab_oda_rvw_created_by ON tab_oda_rvw (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_rvw_last_modified_by ON tab_oda_rvw (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_rvw_created_on ON tab_oda_rvw (created_on);
CREATE INDEX ix_tab_oda_rvw_last_modified_on ON tab_oda_rvw (last_modified_on);
CREATE INDEX ix_tab_oda_rvw_prsl_ref ON tab_oda_rvw (prsl_ref);
CREATE INDEX ix_tab_oda_rvw_panel_ref ON tab_oda_rvw (panel_ref);
CREATE INDEX ix_tab_oda_rvw_reviewer_id ON tab_oda_rvw (reviewer_id);

COMMENT ON TABLE tab_oda_rvw IS
    'One row per version of each PanelReview of the PDM, keyed by (review_id, version).';
COMMENT ON COLUMN tab_oda_rvw.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_rvw.review_id IS
    'PanelReview id (PDM field review_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_rvw.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_rvw.info IS
    'Complete PanelReview JSON document of this version.';
COMMENT ON COLUMN tab_oda_rvw.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_rvw.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_rvw.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_rvw.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_rvw.prsl_ref IS
    'Proposal (prsl_id) under review, copied from the document''s prsl_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_rvw.panel_ref IS
    'Panel (panel_id) that the review belongs to, copied from the document''s panel_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_rvw.reviewer_id IS
    'User who wrote the review, copied from the document''s reviewer_id; NULL when the document has none.';

-- PanelDecision (pnld)
CREATE TABLE tab_oda_pnld (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id text NOT NULL CONSTRAINT ck_tab_oda_pnld_decision_id_not_empty CHECK (decision_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_pnld_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_pnld_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    prsl_ref text,
    panel_ref text,
    CONSTRAINT uq_tab_oda_pnld_decision_id_version UNIQUE (decision_id, version)
);

CREATE INDEX ix_tab_oda_pnld_created_by ON tab_oda_pnld (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_pnld_last_modified_by ON tab_oda_pnld (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_pnld_created_on ON tab_oda_pnld (created_on);
CREATE INDEX ix_tab_oda_pnld_last_modified_on ON tab_oda_pnld (last_modified_on);
CREATE INDEX ix_tab_oda_pnld_prsl_ref ON tab_oda_pnld (prsl_ref);
CREATE INDEX ix_tab_oda_pnld_panel_ref ON tab_oda_pnld (panel_ref);

COMMENT ON TABLE tab_oda_pnld IS
    'One row per version of each PanelDecision of the PDM, keyed by (decision_id, version).';
COMMENT ON COLUMN tab_oda_pnld.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_pnld.decision_id IS
    'PanelDecision id (PDM field decision_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_pnld.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_pnld.info IS
    'Complete PanelDecision JSON document of this version.';
COMMENT ON COLUMN tab_oda_pnld.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_pnld.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_pnld.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_pnld.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_pnld.prsl_ref IS
    'Proposal (prsl_id) that the decision is about, copied from the document''s prsl_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_pnld.panel_ref IS
    'Panel (panel_id) that made the decision, copied from the document''s panel_ref; NULL when the document has none.';

-- ProposalAccess (prslacc)
CREATE TABLE tab_oda_prslacc (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    access_id text NOT NULL CONSTRAINT ck_tab_oda_prslacc_access_id_not_empty CHECK (access_id <> ''),
    version integer NOT NULL CONSTRAINT ck_tab_oda_prslacc_version_positive CHECK (version >= 1),
    info jsonb NOT NULL CONSTRAINT ck_tab_oda_prslacc_info_object CHECK (jsonb_typeof(info) = 'object'),
    created_by text NOT NULL,
    created_on timestamptz NOT NULL,
    last_modified_by text NOT NULL,
    last_modified_on timestamptz NOT NULL,
    prsl_ref text,
    user_id text,
    CONSTRAINT uq_tab_oda_prslacc_access_id_version UNIQUE (access_id, version)
);

CREATE INDEX ix_tab_oda_prslacc_created_by ON tab_oda_prslacc (created_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prslacc_last_modified_by ON tab_oda_prslacc (last_modified_by text_pattern_ops);
CREATE INDEX ix_tab_oda_prslacc_created_on ON tab_oda_prslacc (created_on);
CREATE INDEX ix_tab_oda_prslacc_last_modified_on ON tab_oda_prslacc (last_modified_on);
CREATE INDEX ix_tab_oda_prslacc_prsl_ref ON tab_oda_prslacc (prsl_ref);
CREATE INDEX ix_tab_oda_prslacc_user_id ON tab_oda_prslacc (user_id);

COMMENT ON TABLE tab_oda_prslacc IS
    'One row per version of each ProposalAccess of the PDM, keyed by (access_id, version).';
COMMENT ON COLUMN tab_oda_prslacc.id IS
    'Surrogate key of the row.';
COMMENT ON COLUMN tab_oda_prslacc.access_id IS
    'ProposalAccess id (PDM field access_id), the same in every version of one entity.';
COMMENT ON COLUMN tab_oda_prslacc.version IS
    'Version number of the entity, starting at 1.';
COMMENT ON COLUMN tab_oda_prslacc.info IS
    'Complete ProposalAccess JSON document of this version.';
COMMENT ON COLUMN tab_oda_prslacc.created_by IS
    'User who created the entity (PDM metadata.created_by).';
COMMENT ON COLUMN tab_oda_prslacc.created_on IS
    'Time the entity was created (PDM metadata.created_on).';
COMMENT ON COLUMN tab_oda_prslacc.last_modified_by IS
    'User who wrote this version (PDM metadata.last_modified_by).';
COMMENT ON COLUMN tab_oda_prslacc.last_modified_on IS
    'Time this version was written (PDM metadata.last_modified_on).';
COMMENT ON COLUMN tab_oda_prslacc.prsl_ref IS
    'Proposal (prsl_id) that the access applies to, copied from the document''s prsl_ref; NULL when the document has none.';
COMMENT ON COLUMN tab_oda_prslacc.user_id IS
    'User who is granted the access, copied from the document''s user_id; NULL when the document has none.';

-- Status history of all kinds. It is one table with the kind as a column, instead of
-- one table per kind, because then every "current status" and "history" query has the
-- same shape, and adding a kind needs only a new value in
-- ck_tab_oda_status_history_entity_kind.
CREATE TABLE tab_oda_status_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_kind text NOT NULL CONSTRAINT ck_tab_oda_status_history_entity_kind
        CHECK (entity_kind IN ('sbd', 'sbi', 'eb', 'prj', 'prsl', 'panel', 'rvw', 'pnld', 'prslacc')),
    entity_id text NOT NULL CONSTRAINT ck_tab_oda_status_history_entity_id_not_empty
        CHECK (entity_id <> ''),
    entity_version integer NOT NULL CONSTRAINT ck_tab_oda_status_history_entity_version_positive
        CHECK (entity_version >= 1),
    status text NOT NULL CONSTRAINT ck_tab_oda_status_history_status_not_empty
        CHECK (status <> ''),
    previous_status text,
    updated_by text NOT NULL,
    as_of timestamptz NOT NULL DEFAULT now()
);

-- Serves the current status of one entity (first row in this order) and its history
-- (all rows, newest first). id breaks ties between rows with the same as_of, which
-- happens when one transaction records two statuses, because now() is constant there.
CREATE INDEX ix_tab_oda_status_history_entity ON tab_oda_status_history
    (entity_kind, entity_id, as_of DESC, id DESC);

-- Rows are never changed, so the history stays a faithful record. DELETE stays
-- allowed because deleting an entity also deletes its status history.
CREATE FUNCTION oda_reject_status_history_update() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'tab_oda_status_history is append-only: UPDATE is not allowed'
        USING ERRCODE = 'restrict_violation',
              HINT = 'Insert a new status row instead.';
END
$$;

-- A statement-level trigger rejects every UPDATE, including one that matches no rows.
CREATE TRIGGER tr_tab_oda_status_history_no_update
    BEFORE UPDATE ON tab_oda_status_history
    FOR EACH STATEMENT EXECUTE FUNCTION oda_reject_status_history_update();

COMMENT ON TABLE tab_oda_status_history IS
    'Append-only status history of all entity kinds; the newest row of an entity is its current status.';
COMMENT ON COLUMN tab_oda_status_history.id IS
    'Surrogate key of the row; increases with insertion order.';
COMMENT ON COLUMN tab_oda_status_history.entity_kind IS
    'Kind of the entity: sbd, sbi, eb, prj, prsl, panel, rvw, pnld or prslacc (the suffix of its tab_oda_<kind> table).';
COMMENT ON COLUMN tab_oda_status_history.entity_id IS
    'Id of the entity, as stored in the id column of its tab_oda_<kind> table.';
COMMENT ON COLUMN tab_oda_status_history.entity_version IS
    'Version of the entity that the status applies to.';
COMMENT ON COLUMN tab_oda_status_history.status IS
    'Status of the entity from as_of on.';
COMMENT ON COLUMN tab_oda_status_history.previous_status IS
    'Status that this row replaced; NULL for the first status of an entity.';
COMMENT ON COLUMN tab_oda_status_history.updated_by IS
    'User who set the status.';
COMMENT ON COLUMN tab_oda_status_history.as_of IS
    'Time the status was set.';
COMMENT ON FUNCTION oda_reject_status_history_update() IS
    'Trigger function that rejects every UPDATE of tab_oda_status_history.';
