import type { TFunction } from 'i18next';
import { lazyPage, type Feature } from '../feature.ts';
import { itemCode, itemLabel } from './items.ts';

const ITEM_FIELDS = new Set(['frameworkItemId', 'fromItemId', 'toItemId']);

function itemValue(t: TFunction, field: string, value: unknown): string | null {
  return ITEM_FIELDS.has(field) && typeof value === 'string' ? itemLabel(t, value) : null;
}

export const targetsFeature: Feature = {
  id: 'targets',
  uses: ['progress'],
  nav: { labelKey: 'nav.targets' },
  Page: lazyPage(() => import('./TargetsPage.tsx'), 'TargetsPage'),
  namespaces: ['targets', 'frameworks', 'basis'],
  entities: ['nationalTarget', 'alignment', 'crosswalkEdit', 'person', 'institution'],
  entityViews: {
    nationalTarget: {
      name: 'targets:entities.nationalTarget',
      fieldKeys: 'targets:fields',
      value: (t, field, value) => {
        if (field === 'status' && typeof value === 'string') return t(`targets:status.${value}`, { defaultValue: value });
        if (field === 'progress' && typeof value === 'number') return `${value} %`;
        if (field === 'headlineIndicatorIds' && Array.isArray(value)) return value.map((v) => itemCode(String(v))).join(', ');
        return null;
      },
      freeText: ['code', 'title', 'description', 'nationalIndicators', 'notes'],
    },
    alignment: {
      name: 'targets:entities.alignment',
      fieldKeys: 'conflicts:fields.alignment',
      subject: (_t, item) => `${item.rowLabel ?? '?'} → ${item.about.frameworkItemId ? itemCode(item.about.frameworkItemId) : '?'}`,
      value: (t, field, value) => (field === 'degree' && typeof value === 'string' ? t(`targets:degree.${value}`, { defaultValue: value }) : itemValue(t, field, value)),
      freeText: ['note'],
    },
    crosswalkEdit: {
      name: 'targets:entities.crosswalkEdit',
      fieldKeys: 'conflicts:fields.crosswalkEdit',
      subject: (t, item) => `${item.about.fromItemId ? itemCode(item.about.fromItemId) : '?'} → ${item.about.toItemId ? itemLabel(t, item.about.toItemId) : '?'}`,
      value: (t, field, value) => (field === 'state' && typeof value === 'string' ? t(`conflicts:crosswalkState.${value}`, { defaultValue: value }) : itemValue(t, field, value)),
      freeText: ['note'],
    },
  },
};
