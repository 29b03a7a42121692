import { peopleChannels } from '../../../shared/contract/people.ts';
import { defineArea } from '../area.ts';
import { stmt } from '../db/sql.ts';
import { createPerson, deletePerson, getPerson, listPeople, restorePerson, updatePerson } from './service.ts';

/** The people of the directory (their table was made by 0001_init). */
export const peopleArea = defineArea({
  name: 'people',
  channels: peopleChannels,
  handlers: {
    'people.list': (s, i) => listPeople(s, i),
    'people.get': (s, i) => getPerson(s, i.id),
    'people.create': (s, i) => createPerson(s, i),
    'people.update': (s, i) => updatePerson(s, i),
    'people.delete': (s, i) => deletePerson(s, i.id),
    'people.restore': (s, i) => restorePerson(s, i.id),
  },
  entities: ['person'],
  describe: {
    person: (s, id) => ({ rowLabel: (stmt(s.db, 'SELECT name FROM person WHERE id = ?').get(id) as { name: string | null } | undefined)?.name ?? null, about: {} }),
  },
});
