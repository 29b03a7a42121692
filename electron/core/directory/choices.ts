import type { DirectoryChoice, DirectoryPreview } from '../../../shared/model/directory.ts';
import { instruments, conventions } from '../../../shared/reference/conventions.ts';
import { roleType } from '../../../shared/reference/roles.ts';
import { readSetting, writeSetting } from '../db/local-settings.ts';
import type { Store } from '../store.ts';
import { fold } from './mapping.ts';
import type { ResolvedRole, Scope } from './treaties.ts';

// What the user said about treaty and role texts the desk did not recognise, for this file and
// the next: kept in the desk's local settings (not synced: it describes this desk's files).

const SETTING = 'directory_choices';
const keyOf = (kind: string, text: string, scope: string | null) => `${kind}|${fold(text)}|${scope ?? ''}`;

export function storedChoices(store: Store): DirectoryChoice[] {
  try {
    const parsed = JSON.parse(readSetting(store.db, SETTING) ?? '[]') as DirectoryChoice[];
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** Keeps the choices made for this file (they replace earlier ones for the same text). */
export function rememberChoices(store: Store, made: readonly DirectoryChoice[]): void {
  if (made.length === 0) return;
  const byKey = new Map(storedChoices(store).map((c) => [keyOf(c.kind, c.text, c.scope), c]));
  for (const c of made) byKey.set(keyOf(c.kind, c.text, c.scope), c);
  writeSetting(store.db, SETTING, JSON.stringify([...byKey.values()].slice(-500)));
}

function scopeOf(id: string): Scope | null {
  const i = instruments.find((x) => x.id === id);
  if (i) return { id: i.id, convention: i.convention, instrumentId: i.id };
  return conventions.some((c) => c.id === id) ? { id, convention: id, instrumentId: null } : null;
}

export class Choices {
  private byKey = new Map<string, DirectoryChoice>();
  constructor(...lists: readonly (readonly DirectoryChoice[])[]) {
    for (const list of lists) for (const c of list) this.byKey.set(keyOf(c.kind, c.text, c.scope), c);
  }
  get(kind: 'role' | 'treaty', text: string, scope: string | null): DirectoryChoice | null {
    return this.byKey.get(keyOf(kind, text, scope)) ?? null;
  }
  /** a treaty text the user mapped (or left out) */
  treaty(text: string): Scope | 'skip' | null {
    const c = this.get('treaty', text, null);
    if (!c) return null;
    return c.to ? scopeOf(c.to) : 'skip';
  }
  role(text: string, scope: string | null): ResolvedRole | 'skip' | null {
    const c = this.get('role', text, scope);
    if (!c) return null;
    const role = c.to ? roleType(c.to) : undefined;
    if (!role) return 'skip';
    return { role, instrumentId: role.instrument ?? c.instrumentId ?? null };
  }
}

/** Each unrecognised text once per file, with the rows that name it. */
export class Unmatched {
  private entries = new Map<string, DirectoryPreview['unmatched'][number]>();
  constructor(private readonly choices: Choices) {}
  note(kind: 'role' | 'treaty', text: string, scope: string | null, row: number): string {
    const key = keyOf(kind, text, scope);
    const e = this.entries.get(key);
    if (e) {
      if (!e.rows.includes(row)) e.rows.push(row);
    } else this.entries.set(key, { key, kind, text, scope, rows: [row], choice: this.choices.get(kind, text, scope) });
    return key;
  }
  list(): DirectoryPreview['unmatched'] {
    return [...this.entries.values()];
  }
}
