import type { TFunction } from 'i18next';
import type { ConflictItem } from '../../../shared/model/sync.ts';
import { instrumentName, roleTitle } from '../focal-points/roles.ts';
import { itemCode, itemLabel } from '../targets/items.ts';

// How the inbox names a conflict: the row in words (a person's name, "NT3 → GBF T3", "Ana Lima ·
// Management Authority") and the field with the label its own form uses.

const FIELD_KEYS: Record<string, string> = {
  person: 'people:fields',
  institution: 'institutions:fields',
  nationalTarget: 'targets:fields',
  designation: 'conflicts:fields.designation',
  alignment: 'conflicts:fields.alignment',
  membership: 'conflicts:fields.membership',
  crosswalkEdit: 'conflicts:fields.crosswalkEdit',
};

export function conflictFieldLabel(t: TFunction, item: Pick<ConflictItem, 'entity' | 'field'>): string {
  const prefix = FIELD_KEYS[item.entity];
  return prefix ? t(`${prefix}.${item.field}`, { defaultValue: item.field }) : item.field;
}

export function conflictSubject(t: TFunction, item: Pick<ConflictItem, 'entity' | 'id' | 'rowLabel' | 'about'>): string {
  const { about } = item;
  const parts: string[] = [];
  if (item.entity === 'alignment') {
    parts.push(`${item.rowLabel ?? '?'} → ${about.frameworkItemId ? itemCode(about.frameworkItemId) : '?'}`);
  } else if (item.entity === 'crosswalkEdit') {
    parts.push(`${about.fromItemId ? itemCode(about.fromItemId) : '?'} → ${about.toItemId ? itemLabel(t, about.toItemId) : '?'}`);
  } else {
    if (item.rowLabel) parts.push(item.rowLabel);
    if (about.roleId) parts.push(roleTitle(t, about.roleId));
    if (about.instrumentId) parts.push(instrumentName(t, about.instrumentId));
  }
  return parts.join(' · ') || item.id;
}

/** Fields whose two values a person may combine by typing. */
export const FREE_TEXT_FIELDS = new Set(['name', 'title', 'acronym', 'email', 'phone', 'website', 'address', 'notes', 'note', 'description', 'nationalIndicators', 'source']);
