import type { Institution } from '../../shared/model/institutions.ts';
import { createRecordsStore } from './records.ts';

export const useInstitutions = createRecordsStore<Institution>({
  list: 'institutions.list',
  create: 'institutions.create',
  update: 'institutions.update',
  delete: 'institutions.delete',
  restore: 'institutions.restore',
}, ['institution', 'person']);
