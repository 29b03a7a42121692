// 0006_reporting: meetings of the governing bodies, as the user corrects or adds them (synced).
export default /* sql */ `
CREATE TABLE meeting (
  id TEXT PRIMARY KEY,
  convention TEXT, instrumentId TEXT, body TEXT, number INTEGER, place TEXT, year INTEGER, start TEXT, "end" TEXT, dates TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
`;
