import type { TFunction } from 'i18next';
import { createContext, useContext } from 'react';
import type { ConflictItem } from '../../../shared/model/sync.ts';
import type { EntityConflictView } from '../feature.ts';

// How the inbox names a conflict: each feature declares views of the entities it owns (its
// index.ts `conflictViews`); the shell provides them all here.

export type ConflictViews = Partial<Record<string, EntityConflictView>>;

export const ConflictViewsContext = createContext<ConflictViews>({});
export const useConflictViews = () => useContext(ConflictViewsContext);

export function conflictFieldLabel(t: TFunction, views: ConflictViews, item: Pick<ConflictItem, 'entity' | 'field'>): string {
  const prefix = views[item.entity]?.fieldKeys;
  return prefix ? t(`${prefix}.${item.field}`, { defaultValue: item.field }) : item.field;
}

export function conflictSubject(t: TFunction, views: ConflictViews, item: Pick<ConflictItem, 'entity' | 'id' | 'rowLabel' | 'about'>): string {
  const subject = views[item.entity]?.subject;
  return (subject ? subject(t, item) : item.rowLabel) || item.id;
}

export function isFreeText(views: ConflictViews, item: Pick<ConflictItem, 'entity' | 'field'>): boolean {
  return views[item.entity]?.freeText?.includes(item.field) ?? false;
}
