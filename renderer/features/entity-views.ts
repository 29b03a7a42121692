import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { ConflictItem } from '../../shared/model/sync.ts';
import type { EntityView } from './feature.ts';

// How the interface names the rows of every entity — in the conflicts inbox, the Exchange page's
// scopes and the import preview: each feature declares views of the entities it owns (its
// index.ts `entityViews`); the shell provides them all here.

export type EntityViews = Partial<Record<string, EntityView>>;

export const EntityViewsContext = createContext<EntityViews>({});
export const useEntityViews = () => useContext(EntityViewsContext);

/** "Designation" (one) or "Designations" (many), in the interface language; the name itself if no feature owns it. */
export function entityName(t: TFunction, views: EntityViews, entity: string, many = false): string {
  const key = views[entity]?.name;
  return key ? t(`${key}.${many ? 'many' : 'one'}`) : entity;
}

export function conflictFieldLabel(t: TFunction, views: EntityViews, item: Pick<ConflictItem, 'entity' | 'field'>): string {
  const prefix = views[item.entity]?.fieldKeys;
  return prefix ? t(`${prefix}.${item.field}`, { defaultValue: item.field }) : item.field;
}

export function conflictSubject(t: TFunction, views: EntityViews, item: Pick<ConflictItem, 'entity' | 'id' | 'rowLabel' | 'about'>): string {
  const subject = views[item.entity]?.subject;
  return (subject ? subject(t, item) : item.rowLabel) || item.id;
}

export function isFreeText(views: EntityViews, item: Pick<ConflictItem, 'entity' | 'field'>): boolean {
  return views[item.entity]?.freeText?.includes(item.field) ?? false;
}
