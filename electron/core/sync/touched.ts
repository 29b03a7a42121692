import type Database from 'better-sqlite3';

// Which entities had rows written since the last look, per database: the op log notes every row
// it materializes, and the store takes the set after a commit to tell the change feed.

const touched = new WeakMap<Database.Database, Set<string>>();

export function noteTouched(db: Database.Database, entity: string): void {
  let set = touched.get(db);
  if (!set) touched.set(db, (set = new Set()));
  set.add(entity);
}

/** The entities noted since the last call, and forget them. */
export function takeTouched(db: Database.Database): string[] {
  const set = touched.get(db);
  if (!set || set.size === 0) return [];
  touched.delete(db);
  return [...set];
}
