import type Database from 'better-sqlite3';
import { DELETED_FIELD, entities, type EntityName } from '../../../shared/model/registry.ts';

// Statements built from the registry only. Identifiers are quoted registry names, never input.

export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`bad identifier ${name}`);
  return `"${name}"`;
}

export function columnFor(entity: EntityName, field: string): string {
  if (field === DELETED_FIELD) return quoteIdent('_deleted');
  if (!Object.hasOwn(entities[entity].fields, field)) throw new Error(`unknown field ${entity}.${field}`);
  return quoteIdent(field);
}

export function tableFor(entity: EntityName): string {
  return quoteIdent(entities[entity].table);
}

/** Prepared-statement cache per database, keyed by the SQL text. */
const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function stmt(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
