import type { z } from 'zod';
import type { Contract } from '../../shared/contract.ts';
import type { ChannelSpec } from '../../shared/contract/define.ts';
import type { ConflictAbout } from '../../shared/model/sync.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import type { Migration } from './db/migrations/index.ts';
import type { Store } from './store.ts';

// What an area of the core declares in its index.ts: its channels (from shared/contract/<area>.ts)
// with a handler each, the synced entities it owns with the migrations that made their tables, the
// areas it may import, and how its rows read in the conflicts inbox. The hubs (areas.ts, dispatch,
// schema) only combine these.

type Handler<S extends ChannelSpec> = (store: Store, input: z.output<S['input']>) => S extends { async: true } ? Promise<z.output<S['output']>> : z.output<S['output']>;

export type Handlers<Ch extends Record<string, ChannelSpec>> = { [C in keyof Ch]: Handler<Ch[C]> };

/** How the conflicts inbox names a row: its label, and reference ids the interface translates. */
export type DescribeRow = (store: Store, id: string) => { rowLabel: string | null; about: ConflictAbout };

export interface CoreArea<Ch extends Record<string, ChannelSpec> = Record<string, ChannelSpec>> {
  name: string;
  /** other areas whose modules this one imports (checked by test/unit/boundaries.test.ts) */
  uses?: readonly string[];
  channels: Ch;
  handlers: Handlers<Ch>;
  /** synced entities this area owns */
  entities?: readonly EntityName[];
  /** migrations that create or change this area's tables (numbered across the whole store) */
  migrations?: readonly Migration[];
  describe?: Partial<Record<EntityName, DescribeRow>>;
  /** work the area does by itself while the app runs (a folder watcher); returns how to stop it */
  start?: (store: Store) => () => void;
}

/** Declares an area; the types make every channel of `channels` have exactly one handler. */
export function defineArea<Ch extends Record<string, ChannelSpec>>(area: CoreArea<Ch>): CoreArea<Ch> {
  return area;
}

/** Channel names of the contract, for areas whose channels are a slice of it. */
export type ContractSlice<K extends keyof Contract> = Pick<Contract, K>;
