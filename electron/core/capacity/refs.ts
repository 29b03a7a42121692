import { fieldError } from '../../../shared/errors.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';

// A save that points to a row that is not there (never was, or removed) is refused at the field.

export function requireLive(store: Store, entity: EntityName, id: string | null | undefined, field: string): void {
  if (id && rowState(store, entity, id) !== 'live') throw fieldError(field, 'ref_missing', `no ${entity} ${id}`);
}

export function requireLivePeople(store: Store, ids: readonly string[] | undefined, field: string): void {
  for (const [n, id] of (ids ?? []).entries()) requireLive(store, 'person', id, `${field}.${n}`);
}
