import { AppError } from '../../../shared/errors.ts';
import type { OpValue } from '../../../shared/model/ops.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { backupStore } from '../db/backup.ts';
import { stmt } from '../db/sql.ts';
import { rowState } from '../records/crud.ts';
import type { Store } from '../store.ts';
import { fieldHeads } from '../sync/oplog.ts';
import { deleteRow, writeFields } from '../sync/write.ts';

// Taking back a directory import: the rows it created are deleted, the fields it changed get their
// earlier value back — unless someone changed them again since, in which case their edit stays.
// All of it through the op log, so a colleague who received the import receives its undoing too.

export interface ImportJournal {
  created: { entity: EntityName; id: string }[];
  updated: { entity: EntityName; id: string; before: Record<string, OpValue>; after: Record<string, OpValue> }[];
}

export function newJournal(): ImportJournal {
  return { created: [], updated: [] };
}

export function saveJournal(store: Store, fileName: string, journal: ImportJournal): void {
  stmt(store.db, 'INSERT INTO directory_imports (file_name, imported_at, changes) VALUES (?, ?, ?)').run(fileName, new Date().toISOString(), JSON.stringify(journal));
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function undoDirectoryImport(store: Store): { fileName: string; removed: number; restored: number; kept: number } {
  const last = stmt(store.db, 'SELECT id, file_name, undone_at, changes FROM directory_imports ORDER BY id DESC LIMIT 1').get() as
    | { id: number; file_name: string; undone_at: string | null; changes: string }
    | undefined;
  if (!last || last.undone_at) throw new AppError('nothing_to_undo', 'there is no directory import to undo');
  const journal = JSON.parse(last.changes) as ImportJournal;
  backupStore(store.db, store.dataDir, 'before-undo-directory-import');
  const result = { fileName: last.file_name, removed: 0, restored: 0, kept: 0 };
  store.write(() => {
    for (const u of journal.updated) {
      if (rowState(store, u.entity, u.id) !== 'live') continue;
      const back: Record<string, OpValue> = {};
      for (const [field, value] of Object.entries(u.before)) {
        const now = fieldHeads(store.db, u.entity, u.id, field)[0]?.value;
        if (same(now, u.after[field])) back[field] = value;
        else result.kept++;
      }
      if (Object.keys(back).length) {
        writeFields(store, u.entity, u.id, back);
        result.restored++;
      }
    }
    // designations before the people they name, people before their institutions
    for (const c of [...journal.created].reverse()) {
      if (rowState(store, c.entity, c.id) !== 'live') continue;
      deleteRow(store, c.entity, c.id);
      result.removed++;
    }
    stmt(store.db, 'UPDATE directory_imports SET undone_at = ? WHERE id = ?').run(new Date().toISOString(), last.id);
  });
  return result;
}
