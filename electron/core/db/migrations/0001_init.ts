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
  import_id INTEGER
) STRICT;
CREATE INDEX ops_by_field ON ops(entity, row_id, field);

CREATE TABLE heads (
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  hlc TEXT NOT NULL,
  PRIMARY KEY (entity, row_id, field, hlc)
) STRICT, WITHOUT ROWID;

CREATE TABLE conflicts (
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('value', 'edit_after_delete')),
  PRIMARY KEY (entity, row_id, field, kind)
) STRICT, WITHOUT ROWID;

CREATE TABLE pending_ops (
  hlc TEXT PRIMARY KEY,
  entity TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  parents TEXT NOT NULL,
  reason TEXT NOT NULL
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
