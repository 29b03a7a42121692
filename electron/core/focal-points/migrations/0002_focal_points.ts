// 0002_focal_points: convention membership and focal-point designations (synced entities).
export default /* sql */ `
CREATE TABLE membership (
  id TEXT PRIMARY KEY,
  status TEXT, convention TEXT, since TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE designation (
  id TEXT PRIMARY KEY,
  personId TEXT, roleId TEXT, convention TEXT, instrumentId TEXT,
  startDate TEXT, endDate TEXT, notifiedDate TEXT, source TEXT, notes TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX designation_by_person ON designation(personId);
CREATE INDEX designation_by_role ON designation(roleId);
CREATE INDEX designation_by_convention ON designation(convention);
`;
