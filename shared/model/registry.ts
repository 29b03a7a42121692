import { z } from 'zod';
import type { FieldDef } from './fields.ts';
import { designationFields } from './designations.ts';
import { institutionFields } from './institutions.ts';
import { membershipFields } from './membership.ts';
import { personFields } from './people.ts';
import { alignmentFields, crosswalkEditFields, nationalTargetFields } from './targets.ts';

// The registry of synced entities: the one place that names tables and columns.
// SQL in the core is built only from these names; nothing from outside becomes an identifier.

export type { FieldDef } from './fields.ts';

export interface EntityDef {
  table: string;
  fields: Record<string, FieldDef>;
  /** the field that says which convention a row belongs to (for exports scoped by convention) */
  conventionField?: string;
}

export const entities: {
  institution: EntityDef;
  person: EntityDef;
  membership: EntityDef;
  designation: EntityDef;
  nationalTarget: EntityDef;
  alignment: EntityDef;
  crosswalkEdit: EntityDef;
} = {
  institution: { table: 'institution', fields: institutionFields },
  person: { table: 'person', fields: personFields },
  membership: { table: 'membership', fields: membershipFields, conventionField: 'convention' },
  designation: { table: 'designation', fields: designationFields, conventionField: 'convention' },
  nationalTarget: { table: 'national_target', fields: nationalTargetFields },
  alignment: { table: 'alignment', fields: alignmentFields, conventionField: 'convention' },
  crosswalkEdit: { table: 'crosswalk_edit', fields: crosswalkEditFields },
};

export type EntityName = keyof typeof entities;
export const entityNames = Object.keys(entities) as EntityName[];
export const DELETED_FIELD = '_deleted';

export function isEntityName(name: unknown): name is EntityName {
  return typeof name === 'string' && Object.hasOwn(entities, name);
}

export function entityDef(name: EntityName): EntityDef {
  return entities[name];
}

export function isKnownField(entity: EntityName, field: string): boolean {
  return field === DELETED_FIELD || Object.hasOwn(entities[entity].fields, field);
}

/** Schema of one field's stored value; `_deleted` is a boolean. */
export function fieldSchema(entity: EntityName, field: string): z.ZodType {
  if (field === DELETED_FIELD) return z.boolean();
  return (entities[entity].fields as Record<string, FieldDef>)[field].schema;
}
