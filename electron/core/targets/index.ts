import { targetsChannels } from '../../../shared/contract/targets.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import { removeAlignment, setAlignment } from './alignments.ts';
import { editCrosswalk, listCrosswalk } from './crosswalk.ts';
import { exportTargets } from './export.ts';
import targetsSql from './migrations/0003_targets.ts';
import { getTarget, listTargets } from './read.ts';
import * as targets from './service.ts';
import { coverage, crosswalkMatrix, targetServes } from './views.ts';

type Row = Record<string, string | null> | undefined;

/** NBSAP national targets, their alignment to the global frameworks, and the country's crosswalk. */
export const targetsArea = defineArea({
  name: 'targets',
  channels: targetsChannels,
  handlers: {
    'targets.list': (s, i) => listTargets(s, i.query),
    'targets.get': (s, i) => getTarget(s, i.id),
    'targets.create': (s, i) => targets.createTarget(s, i),
    'targets.update': (s, i) => targets.updateTarget(s, i.id, i.patch),
    'targets.delete': (s, i) => targets.deleteTarget(s, i.id),
    'targets.restore': (s, i) => targets.restoreTarget(s, i.id),
    'alignments.set': (s, i) => setAlignment(s, i),
    'alignments.remove': (s, i) => removeAlignment(s, i),
    'targets.matrix': (s, i) => crosswalkMatrix(s, i.framework),
    'targets.coverage': (s) => coverage(s),
    'targets.serves': (s, i) => targetServes(s, i.id),
    'crosswalk.list': (s) => listCrosswalk(s),
    'crosswalk.edit': (s, i) => editCrosswalk(s, i),
    'targets.export': (s, i) => exportTargets(s, i.format, i.language),
  },
  entities: ['nationalTarget', 'alignment', 'crosswalkEdit'],
  migrations: [{ version: 3, name: '0003_targets', sql: targetsSql }],
  describe: {
    nationalTarget: (s, id) => {
      const r = stmt(s.db, 'SELECT code, title FROM national_target WHERE id = ?').get(id) as Row;
      return { rowLabel: r ? [r.code, r.title].filter(Boolean).join(' — ') || null : null, about: {} };
    },
    alignment: (s, id) => {
      const r = stmt(s.db, 'SELECT t.code, a.frameworkItemId FROM alignment a LEFT JOIN national_target t ON t.id = a.nationalTargetId WHERE a.id = ?').get(id) as Row;
      return { rowLabel: r?.code ?? null, about: { frameworkItemId: r?.frameworkItemId ?? null } };
    },
    crosswalkEdit: (s, id) => {
      const r = stmt(s.db, 'SELECT fromItemId, toItemId FROM crosswalk_edit WHERE id = ?').get(id) as Row;
      return { rowLabel: null, about: { fromItemId: r?.fromItemId ?? null, toItemId: r?.toItemId ?? null } };
    },
  },
});
