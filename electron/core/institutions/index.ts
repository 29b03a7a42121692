import { institutionsChannels } from '../../../shared/contract/institutions.ts';
import { defineArea } from '../area.ts';
import { describeByLabel } from '../records/describe.ts';
import { recordHandlers } from '../records/handlers.ts';
import { createInstitution, deleteInstitution, getInstitution, listInstitutions, restoreInstitution, updateInstitution } from './service.ts';

/** Ministries, agencies and other bodies (their table was made by 0001_init). */
export const institutionsArea = defineArea({
  name: 'institutions',
  channels: institutionsChannels,
  handlers: recordHandlers('institutions', {
    list: listInstitutions,
    get: getInstitution,
    create: createInstitution,
    update: updateInstitution,
    remove: deleteInstitution,
    restore: restoreInstitution,
  }),
  entities: ['institution'],
  describe: { institution: describeByLabel('institution') },
});
