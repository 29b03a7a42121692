// 0014_import_digest: the digest of each imported bundle's ops, so the same bundle offered again
// is recognised by its id and digest without reading its ops (local state).
export default /* sql */ `
ALTER TABLE imports ADD COLUMN digest TEXT;
CREATE INDEX imports_by_bundle ON imports (bundle_id) WHERE undone_at IS NULL;
`;
