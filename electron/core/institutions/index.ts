import { institutionsChannels } from '../../../shared/contract/institutions.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import { createInstitution, deleteInstitution, getInstitution, listInstitutions, restoreInstitution, updateInstitution } from './service.ts';

/** Ministries, agencies and other bodies (their table was made by 0001_init). */
export const institutionsArea = defineArea({
  name: 'institutions',
  channels: institutionsChannels,
  handlers: {
    'institutions.list': (s, i) => listInstitutions(s, i),
    'institutions.get': (s, i) => getInstitution(s, i.id),
    'institutions.create': (s, i) => createInstitution(s, i),
    'institutions.update': (s, i) => updateInstitution(s, i),
    'institutions.delete': (s, i) => deleteInstitution(s, i.id),
    'institutions.restore': (s, i) => restoreInstitution(s, i.id),
  },
  entities: ['institution'],
  describe: {
    institution: (s, id) => ({ rowLabel: (stmt(s.db, 'SELECT name FROM institution WHERE id = ?').get(id) as { name: string | null } | undefined)?.name ?? null, about: {} }),
  },
});
