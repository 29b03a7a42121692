// 0007_reports: the national reports the working group tracks, and the parts delegated to colleagues (synced).
export default /* sql */ `
CREATE TABLE report (
  id TEXT PRIMARY KEY,
  obligationId TEXT, period TEXT, convention TEXT, status TEXT, ownerDesignationId TEXT,
  dueOverride TEXT, overrideReason TEXT, submittedOn TEXT, submissionRef TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE report_part (
  id TEXT PRIMARY KEY,
  reportId TEXT, convention TEXT, title TEXT, assigneeId TEXT, due TEXT, status TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX report_part_by_report ON report_part (reportId) WHERE _deleted = 0;
`;
