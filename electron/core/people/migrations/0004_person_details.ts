// 0004_person_details: what contact lists say about a person beyond name, position and contacts —
// the honorific (Dr, Ms, H.E.), the department within the institution, the postal address and the
// fax number. New columns only: rows already in the store keep every value and get NULL here.
export default /* sql */ `
ALTER TABLE person ADD COLUMN honorific TEXT;
ALTER TABLE person ADD COLUMN department TEXT;
ALTER TABLE person ADD COLUMN address TEXT;
ALTER TABLE person ADD COLUMN fax TEXT;
`;
