import { conflictsChannels } from '../../../shared/contract/conflicts.ts';
import { defineArea } from '../area.ts';
import type { Describers } from './describe.ts';
import { listConflicts, resolveConflict, resolveDeleted } from './service.ts';

/** The conflicts inbox over every synced entity; rows are named by the areas that own them. */
export function createConflictsArea(describers: Describers) {
  return defineArea({
    name: 'conflicts',
    channels: conflictsChannels,
    handlers: {
      'conflicts.list': (s) => listConflicts(s, describers),
      'conflicts.resolve': (s, i) => resolveConflict(s, i, describers),
      'conflicts.resolveDeleted': (s, i) => resolveDeleted(s, i, describers),
    },
  });
}
