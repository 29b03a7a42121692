// 0012_position_links: a position agreed at a recorded working-group meeting, and the earlier
// positions it relies on (synced).
export default /* sql */ `
ALTER TABLE position ADD COLUMN agreedAtMeetingId TEXT;
ALTER TABLE position ADD COLUMN reliesOnPositionIds TEXT;
`;
