import { z } from 'zod';
import { designation } from './designations.ts';

// Contract shapes of the focal-point views.

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const todayInput = z.strictObject({ today: day.optional() });

export const roleStatus = z.object({
  roleId: z.string(),
  convention: z.string(),
  instrumentId: z.string().nullable(),
  expected: z.boolean(),
  holders: z.array(designation),
  /** designations that start later (a successor named in a handover), soonest first */
  upcoming: z.array(designation),
  history: z.array(designation),
  historyCount: z.number().int(),
  state: z.enum(['held', 'vacant', 'expired', 'optional']),
});
export type RoleStatus = z.infer<typeof roleStatus>;

export const conventionView = z.object({
  convention: z.string(),
  member: z.boolean(),
  roles: z.array(roleStatus),
  vacancies: z.number().int(),
});
export type ConventionView = z.infer<typeof conventionView>;

export const vacancySummary = z.object({
  membershipRecorded: z.boolean(),
  total: z.number().int(),
  byConvention: z.array(
    z.object({
      convention: z.string(),
      member: z.boolean(),
      vacancies: z.number().int(),
      roles: z.array(z.object({ roleId: z.string(), instrumentId: z.string().nullable(), state: z.enum(['vacant', 'expired']) })),
    }),
  ),
});
export type VacancySummary = z.infer<typeof vacancySummary>;

export const institutionRoles = z.object({
  institutionId: z.string().nullable(),
  institutionName: z.string().nullable(),
  conventions: z.array(z.string()),
  designations: z.array(designation),
});
export type InstitutionRoles = z.infer<typeof institutionRoles>;

export const coordinationMatrix = z.object({
  conventions: z.array(z.string()),
  rows: z.array(
    z.object({
      institutionId: z.string().nullable(),
      institutionName: z.string().nullable(),
      cells: z.record(z.string(), z.array(z.object({ roleId: z.string(), instrumentId: z.string().nullable(), personName: z.string().nullable() }))),
    }),
  ),
});
export type CoordinationMatrix = z.infer<typeof coordinationMatrix>;

export const registrySearch = z.object({
  people: z.array(z.object({ id: z.string(), name: z.string().nullable(), title: z.string().nullable(), institutionName: z.string().nullable(), roles: z.array(z.string()) })),
  institutions: z.array(z.object({ id: z.string(), name: z.string().nullable(), acronym: z.string().nullable() })),
  holders: z.array(designation),
});
export type RegistrySearch = z.infer<typeof registrySearch>;
