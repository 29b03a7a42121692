import { peopleChannels } from '../../../shared/contract/people.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import { recordHandlers } from '../records/handlers.ts';
import personDetailsSql from './migrations/0004_person_details.ts';
import { createPerson, deletePerson, getPerson, listPeople, restorePerson, updatePerson } from './service.ts';

/** The people of the directory (their table was made by 0001_init; 0004 adds honorific, department, address and fax). */
export const peopleArea = defineArea({
  name: 'people',
  channels: peopleChannels,
  handlers: recordHandlers('people', { list: listPeople, get: getPerson, create: createPerson, update: updatePerson, remove: deletePerson, restore: restorePerson }),
  entities: ['person'],
  migrations: [{ version: 4, name: '0004_person_details', sql: personDetailsSql }],
  describe: { person: describeByLabel('person') },
});
