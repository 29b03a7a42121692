import { z } from 'zod';
import { designation, designationInput, designationPatch, handoverInput } from '../model/designations.ts';
import { conventionView, coordinationMatrix, institutionRoles, registrySearch, todayInput, vacancySummary } from '../model/focal-points.ts';
import { conventionIds } from '../reference/conventions.ts';
import { rowId } from './common.ts';
import { read, write } from './define.ts';

// Who the focal points are: designations with their history, and the views over them.

const reads = ['designation', 'person', 'institution', 'membership'] as const;

export const focalPointsChannels = {
  'designations.list': read(
    z.strictObject({ personId: z.uuid().optional(), roleId: z.string().max(80).optional(), convention: z.string().max(32).optional(), includeEnded: z.boolean().optional() }),
    z.array(designation),
    reads,
  ),
  'designations.create': write(designationInput, designation),
  'designations.update': write(z.strictObject({ id: z.uuid(), patch: designationPatch }), designation),
  'designations.delete': write(rowId, designation),
  'designations.restore': write(rowId, designation),
  'designations.handover': write(handoverInput, z.object({ ended: designation, started: designation })),
  'focal-points.byConvention': read(todayInput.extend({ convention: z.enum(conventionIds as [string, ...string[]]) }), conventionView, reads),
  'focal-points.vacancies': read(todayInput, vacancySummary, ['designation', 'membership']),
  'focal-points.byInstitution': read(todayInput, z.array(institutionRoles), reads),
  'focal-points.matrix': read(todayInput, coordinationMatrix, reads),
  'focal-points.search': read(
    z.strictObject({ query: z.string().max(200), roleIds: z.array(z.string().max(80)).max(100).optional(), limit: z.number().int().min(1).max(200).optional() }),
    registrySearch,
    reads,
  ),
};
