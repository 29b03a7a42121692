import { z } from 'zod';
import { institution, institutionInput, institutionPatch } from '../model/institutions.ts';
import { listOf, listQuery, rowId } from './common.ts';
import { read, write } from './define.ts';

const reads = ['institution', 'person'] as const;

export const institutionsChannels = {
  'institutions.list': read(listQuery, listOf(institution), reads),
  'institutions.get': read(rowId, institution, reads),
  'institutions.create': write(institutionInput, institution),
  'institutions.update': write(z.strictObject({ id: z.uuid(), patch: institutionPatch }), institution),
  'institutions.delete': write(rowId, institution),
  'institutions.restore': write(rowId, institution),
};
