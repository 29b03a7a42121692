import { z } from 'zod';
import { person, personInput, personPatch } from '../model/people.ts';
import { listOf, listQuery, rowId } from './common.ts';
import { read, write } from './define.ts';

const reads = ['person', 'institution'] as const;

export const peopleChannels = {
  'people.list': read(listQuery.extend({ institutionId: z.uuid().optional() }), listOf(person), reads),
  'people.get': read(rowId, person, reads),
  'people.create': write(personInput, person),
  'people.update': write(z.strictObject({ id: z.uuid(), patch: personPatch }), person),
  'people.delete': write(rowId, person),
  'people.restore': write(rowId, person),
};
