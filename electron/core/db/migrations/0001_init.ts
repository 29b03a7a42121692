// 0001_init: the op log, heads and open conflicts, the first synced entities, local settings.
// Synced entity tables are materialized views of the op log: no foreign keys between them,
// since ops may arrive in any order; a dangling reference is shown as such.
export default /* sql */ `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE ops (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hlc TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  parents TEXT NOT NULL,
  import_id INTEGER,
  -- 1: an op for an entity or field this version does not know (a newer sender); kept, carried on
  -- in exports, not materialized; replayed after an upgrade
  pending INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX ops_by_field ON ops(entity, row_id, field);
-- no index on import_id: only undo reads it, and it may scan; every import would pay for one
CREATE INDEX ops_pending ON ops(pending) WHERE pending = 1;

-- heads are derived, not stored: an op of a field that no other op of the same field names as a
-- parent (for inspection and checks; the core computes them per row in electron/core/sync/heads.ts)
CREATE VIEW heads AS
  SELECT o.entity, o.row_id, o.field, o.hlc FROM ops o
  WHERE o.pending = 0 AND NOT EXISTS (
    SELECT 1 FROM ops c, json_each(c.parents) p
    WHERE c.entity = o.entity AND c.row_id = o.row_id AND c.field = o.field AND p.value = o.hlc);

CREATE TABLE conflicts (
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('value', 'edit_after_delete')),
  PRIMARY KEY (entity, row_id, field, kind)
) STRICT, WITHOUT ROWID;

-- colleagues whose signed bundles we trust
CREATE TABLE peers (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  public_key TEXT NOT NULL UNIQUE,
  added_at TEXT NOT NULL
) STRICT;

-- devices seen in bundles (node id -> label), to say who wrote a value
CREATE TABLE nodes (
  node_id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  country TEXT,
  last_seen TEXT NOT NULL
) STRICT;

-- every imported bundle
CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  bundle_id TEXT NOT NULL,
  file_name TEXT,
  origin_node TEXT NOT NULL,
  origin_label TEXT NOT NULL,
  origin_country TEXT,
  signature TEXT NOT NULL,
  created_at TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  ops_total INTEGER NOT NULL,
  ops_new INTEGER NOT NULL,
  ops_pending INTEGER NOT NULL,
  ops_set_aside INTEGER NOT NULL,
  conflicts_created INTEGER NOT NULL,
  undone_at TEXT
) STRICT;

-- delta exports: the last op (by local insertion order) sent to a peer for a scope
CREATE TABLE export_marks (
  peer TEXT NOT NULL,
  scope TEXT NOT NULL,
  last_seq INTEGER NOT NULL,
  exported_at TEXT NOT NULL,
  PRIMARY KEY (peer, scope)
) STRICT;

CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

CREATE TABLE institution (
  id TEXT PRIMARY KEY,
  name TEXT, acronym TEXT, email TEXT, phone TEXT, website TEXT, address TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE person (
  id TEXT PRIMARY KEY,
  name TEXT, title TEXT, institutionId TEXT, email TEXT, phone TEXT, languages TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX person_by_institution ON person(institutionId);
CREATE INDEX person_by_name ON person(name COLLATE NOCASE);
CREATE INDEX institution_by_name ON institution(name COLLATE NOCASE);
`;
