// 0008_progress: the national data every report draws on — progress assessments of national targets,
// indicator values by year, national indicators (synced).
export default /* sql */ `
CREATE TABLE target_progress (
  id TEXT PRIMARY KEY,
  nationalTargetId TEXT, asOf TEXT, level TEXT, actions TEXT, summary TEXT, challenges TEXT, effectiveness TEXT, indicatorIds TEXT, assessedById TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX target_progress_by_target ON target_progress (nationalTargetId, asOf) WHERE _deleted = 0;
CREATE TABLE indicator_value (
  id TEXT PRIMARY KEY,
  indicatorId TEXT, year INTEGER, value REAL, unit TEXT, question TEXT, answer TEXT, disaggregation TEXT, source TEXT, method TEXT, confidence TEXT, enteredById TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX indicator_value_by_indicator ON indicator_value (indicatorId, year) WHERE _deleted = 0;
CREATE TABLE national_indicator (
  id TEXT PRIMARY KEY,
  code TEXT, title TEXT, unit TEXT, nationalTargetId TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
`;
