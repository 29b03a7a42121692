// 0016_onboarding: the ticked items of each designation's onboarding checklist (synced).
export default /* sql */ `
CREATE TABLE onboarding_tick (
  id TEXT PRIMARY KEY,
  designationId TEXT, itemKey TEXT, convention TEXT, doneOn TEXT, doneById TEXT,
  _deleted INTEGER NOT NULL DEFAULT 0,
  _search TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX onboarding_tick_by_designation ON onboarding_tick (designationId) WHERE _deleted = 0;
`;
