import { z } from 'zod';
import { focalPointsEntities } from './designations.ts';
import { draftsEntities } from './drafts.ts';
import type { EntityDef, FieldDef } from './fields.ts';
import { institutionEntities } from './institutions.ts';
import { membershipEntities } from './membership.ts';
import { peopleEntities } from './people.ts';
import { positionsEntities } from './positions.ts';
import { progressEntities } from './progress.ts';
import { reportingEntities } from './reporting.ts';
import { targetsEntities } from './targets.ts';
import { workingGroupEntities } from './working-group.ts';
import { capacityEntities } from './capacity.ts';
import { onboardingEntities } from './onboarding.ts';

// The registry of synced entities: the one place that names tables and columns, a list of the
// entities each area declares in shared/model/<area>.ts. SQL in the core is built only from these
// names; nothing from outside becomes an identifier. A synced name is never renamed or reused.

export type { EntityDef, FieldDef } from './fields.ts';

export const entities = {
  ...institutionEntities,
  ...peopleEntities,
  ...membershipEntities,
  ...focalPointsEntities,
  ...targetsEntities,
  ...reportingEntities,
  ...progressEntities,
  ...draftsEntities,
  ...positionsEntities,
  ...workingGroupEntities,
  ...capacityEntities,
  ...onboardingEntities,
} satisfies Record<string, EntityDef>;

export type EntityName = keyof typeof entities;
export const entityNames = Object.keys(entities) as EntityName[];
export const DELETED_FIELD = '_deleted';

// each entity's known fields as a set: asked for every op of an import (a Map and a Set answer a
// string in a fraction of Object.hasOwn's time on these objects)
const knownFields = new Map<string, Set<string>>(entityNames.map((name) => [name, new Set([...Object.keys(entities[name].fields), DELETED_FIELD])]));

export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && knownFields.has(name);
}

export function entityDef(name: EntityName): EntityDef {
  return entities[name];
}

export function isKnownField(entity: EntityName, field: string): boolean {
  return knownFields.get(entity)?.has(field) ?? false;
}

/** Schema of one field's stored value; `_deleted` is a boolean. */
export function fieldSchema(entity: EntityName, field: string): z.ZodType {
  if (field === DELETED_FIELD) return z.boolean();
  return (entities[entity].fields as Record<string, FieldDef>)[field].schema;
}
