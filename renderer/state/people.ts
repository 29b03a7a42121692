import type { Person } from '../../shared/model/people.ts';
import { createRecordsStore } from './records.ts';

export const usePeople = createRecordsStore<Person>({
  list: 'people.list',
  create: 'people.create',
  update: 'people.update',
  delete: 'people.delete',
  restore: 'people.restore',
}, ['person', 'institution']);
