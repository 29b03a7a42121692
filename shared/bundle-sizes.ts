// How large a bundle file may be, and from what size it travels in chunks (no zod here: the
// renderer's first script needs these, not the bundle's schema).

/** the largest bundle file the desk takes, streamed (what it may hold is bounded by the limits in bundle.ts and per op) */
export const MAX_BUNDLE_FILE_BYTES = 2 * 1024 ** 3;

/**
 * Bundles larger than this go from the page in chunks of UPLOAD_CHUNK_BYTES, not as one text, and
 * are checked and imported in a worker thread with their progress (about 45,000 changes: over a
 * second of work that would otherwise hold the core's thread).
 */
export const UPLOAD_FROM_BYTES = 8 * 1024 * 1024;
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;
