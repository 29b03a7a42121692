// 0005_directory_imports: what each directory import wrote (rows created, fields changed with
// their earlier values), so that the last one can be taken back. Local to this desk, not synced.
export default /* sql */ `
CREATE TABLE directory_imports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  undone_at TEXT,
  changes TEXT NOT NULL
) STRICT;
`;
