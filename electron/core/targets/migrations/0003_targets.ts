// 0003_targets: NBSAP national targets, their alignment to framework items, and the country's
// edits to the reference crosswalk (synced entities).
export default /* sql */ `
CREATE TABLE national_target (
  id TEXT PRIMARY KEY,
  code TEXT, title TEXT, description TEXT, leadInstitutionId TEXT, contributingInstitutionIds TEXT,
  responsiblePersonIds TEXT, status TEXT, progress INTEGER, nationalIndicators TEXT, headlineIndicatorIds TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX national_target_by_code ON national_target(code COLLATE NOCASE);

CREATE TABLE alignment (
  id TEXT PRIMARY KEY,
  nationalTargetId TEXT, frameworkItemId TEXT, convention TEXT, degree TEXT, note TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX alignment_by_target ON alignment(nationalTargetId);
CREATE INDEX alignment_by_item ON alignment(frameworkItemId);

CREATE TABLE crosswalk_edit (
  id TEXT PRIMARY KEY,
  fromItemId TEXT, toItemId TEXT, state TEXT, note TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
`;
