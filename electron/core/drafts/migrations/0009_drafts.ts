// 0009_drafts: the answers that belong to one report alone (synced); everything else a draft shows is read from the shared records.
export default /* sql */ `
CREATE TABLE report_answer (
  id TEXT PRIMARY KEY,
  reportId TEXT, questionId TEXT, convention TEXT, text TEXT, option TEXT, carriedFrom TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX report_answer_by_report ON report_answer (reportId) WHERE _deleted = 0;
`;
