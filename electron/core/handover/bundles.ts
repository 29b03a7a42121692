import type { HandoverPack } from '../../../shared/model/handover.ts';
import { stmt } from '../db/sql.ts';
import type { Store } from '../store.ts';
import { importHistory } from '../sync/service.ts';

// The bundles lately exchanged (the Exchange page's history): who this desk heard from, and to
// whom it last sent deltas, so a newcomer knows with whom the desk keeps in step.

const RECENT = 10;

export function recentBundles(store: Store): HandoverPack['bundles'] {
  const marks = stmt(store.db, `SELECT peer, scope, exported_at AS exportedAt FROM export_marks ORDER BY exported_at DESC LIMIT ${RECENT}`).all() as { peer: string; scope: string; exportedAt: string }[];
  return {
    imports: importHistory(store).slice(0, RECENT),
    exports: marks.map(({ peer, scope, exportedAt }) => {
      // the scope is kept as the export wrote it (sync/scope.ts scopeKey)
      const { conventions = [], entities = [] } = JSON.parse(scope) as { conventions?: string[]; entities?: string[] };
      return { peer, conventions, entities, exportedAt };
    }),
  };
}
