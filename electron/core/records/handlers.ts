import type { Store } from '../store.ts';

// The six channels of a list-and-edit area (people, institutions): list, get, create, update,
// delete, restore, mapped onto its service. Inputs are validated by dispatch against the
// contract before they arrive here; outputs are checked against it in tests.

type Verb = 'list' | 'get' | 'create' | 'update' | 'delete' | 'restore';

export interface RecordService<T> {
  list(store: Store, input: never): unknown;
  get(store: Store, id: string): T;
  create(store: Store, input: never): T;
  update(store: Store, input: never): T;
  remove(store: Store, id: string): T;
  restore(store: Store, id: string): T;
}

export function recordHandlers<P extends string, T>(prefix: P, service: RecordService<T>) {
  const byId = (fn: (store: Store, id: string) => T) => (store: Store, input: { id: string }) => fn(store, input.id);
  const handlers: Record<string, unknown> = {
    [`${prefix}.list`]: service.list,
    [`${prefix}.get`]: byId(service.get),
    [`${prefix}.create`]: service.create,
    [`${prefix}.update`]: service.update,
    [`${prefix}.delete`]: byId(service.remove),
    [`${prefix}.restore`]: byId(service.restore),
  };
  // the contract's types for these channels are the services' own; dispatch validates both ways
  return handlers as { [K in `${P}.${Verb}`]: never };
}
