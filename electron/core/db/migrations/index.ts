import init from './0001_init.ts';

// A migration's version is its number; the store's list is the base below plus every area's own
// (electron/core/schema.ts). Never edit one that has shipped: add the next number.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The op log, meta, settings, peers and imports, and the first areas' tables (people, institutions). */
export const baseMigration: Migration = { version: 1, name: '0001_init', sql: init };
