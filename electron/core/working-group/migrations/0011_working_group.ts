// 0011_working_group: the national working group's members, its meetings, follow-up actions, and the
// decisions of convention meetings with their paragraphs (synced).
export default /* sql */ `
CREATE TABLE wg_member (
  id TEXT PRIMARY KEY,
  personId TEXT, designationIds TEXT, role TEXT, since TEXT, until TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE wg_meeting (
  id TEXT PRIMARY KEY,
  date TEXT, title TEXT, place TEXT, attendeeIds TEXT, minutes TEXT, decisionsTaken TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE action (
  id TEXT PRIMARY KEY,
  title TEXT, ownerPersonId TEXT, due TEXT, status TEXT, doneOn TEXT, sourceKind TEXT, sourceId TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX action_by_source ON action (sourceId) WHERE _deleted = 0;
CREATE TABLE decision (
  id TEXT PRIMARY KEY,
  meetingId TEXT, convention TEXT, number TEXT, title TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX decision_by_meeting ON decision (meetingId) WHERE _deleted = 0;
CREATE TABLE decision_paragraph (
  id TEXT PRIMARY KEY,
  decisionId TEXT, convention TEXT, number TEXT, text TEXT, kind TEXT, status TEXT, obligationId TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX decision_paragraph_by_decision ON decision_paragraph (decisionId) WHERE _deleted = 0;
`;
