// 0015_capacity: trainings attended and the capacity-building needs the working group recorded (synced).
export default /* sql */ `
CREATE TABLE training (
  id TEXT PRIMARY KEY,
  title TEXT, kind TEXT, convention TEXT, organiser TEXT, startDate TEXT, endDate TEXT, mode TEXT, place TEXT, attendeeIds TEXT, link TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE capacity_need (
  id TEXT PRIMARY KEY,
  title TEXT, description TEXT, convention TEXT, forPersonIds TEXT, forWhom TEXT, wgMeetingId TEXT, priority TEXT, status TEXT, metByTrainingId TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX capacity_need_by_training ON capacity_need (metByTrainingId) WHERE _deleted = 0;
`;
