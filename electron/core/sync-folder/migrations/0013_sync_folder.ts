// 0013_sync_folder: what the desk has done with each file of the shared sync folder, and its log
// (local state: never synced).
export default /* sql */ `
CREATE TABLE sync_folder_files (
  name TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  mtime_ms INTEGER NOT NULL,
  status TEXT NOT NULL,
  bundle_id TEXT,
  public_key TEXT,
  origin_label TEXT,
  origin_country TEXT,
  code TEXT,
  seen_at TEXT NOT NULL
) STRICT;
CREATE INDEX sync_folder_files_by_key ON sync_folder_files (public_key) WHERE status = 'waiting';
CREATE TABLE sync_folder_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  file TEXT,
  outcome TEXT NOT NULL,
  code TEXT,
  params TEXT,
  ops_new INTEGER,
  origin_label TEXT
) STRICT;
`;
