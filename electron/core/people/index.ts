import { peopleChannels } from '../../../shared/contract/people.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import { recordHandlers } from '../records/handlers.ts';
import { createPerson, deletePerson, getPerson, listPeople, restorePerson, updatePerson } from './service.ts';

/** The people of the directory (their table was made by 0001_init). */
export const peopleArea = defineArea({
  name: 'people',
  channels: peopleChannels,
  handlers: recordHandlers('people', { list: listPeople, get: getPerson, create: createPerson, update: updatePerson, remove: deletePerson, restore: restorePerson }),
  entities: ['person'],
  describe: { person: describeByLabel('person') },
});
