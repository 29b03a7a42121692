// 0010_positions: agenda items of convention meetings, the country's positions on them, acknowledged
// consistency flags and the topics the country adds (synced).
export default /* sql */ `
CREATE TABLE agenda_item (
  id TEXT PRIMARY KEY,
  meetingId TEXT, convention TEXT, number TEXT, title TEXT, documents TEXT, topicIds TEXT, taxonGroup TEXT, taxon TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX agenda_item_by_meeting ON agenda_item (meetingId) WHERE _deleted = 0;
CREATE TABLE position (
  id TEXT PRIMARY KEY,
  agendaItemId TEXT, convention TEXT, stance TEXT, text TEXT, fallback TEXT, redLines TEXT, allies TEXT, opponents TEXT, speakingPoints TEXT,
  status TEXT, agreedOn TEXT, agreedAt TEXT, leadDesignationId TEXT, nationalTargetIds TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX position_by_item ON position (agendaItemId) WHERE _deleted = 0;
CREATE TABLE flag_ack (
  id TEXT PRIMARY KEY,
  kind TEXT, reason TEXT, "on" TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE custom_topic (
  id TEXT PRIMARY KEY,
  label TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
`;
