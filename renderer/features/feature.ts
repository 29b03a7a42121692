import type { TFunction } from 'i18next';
import { lazy, type ComponentType } from 'react';
import type { Topic } from '../../shared/changes.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import type { ConflictItem } from '../../shared/model/sync.ts';

// What a renderer feature declares in its index.ts. The shell (renderer/app) takes the list of
// features: their routes, navigation entries and pages; the conflicts inbox takes their views of
// the entities they own.

export interface NavBadge {
  count: number;
  /** accessible label, e.g. "3 vacancies" */
  label: string;
  tone?: 'vacancy' | 'overdue';
}

/** How the interface names one entity and shows its rows and values (conflicts inbox, Exchange page). */
export interface EntityView {
  /** translation key of its name, with `.one` and `.many` below it (e.g. people:entities.person) */
  name: string;
  /** translation key prefix of the field labels, as the entity's form uses them */
  fieldKeys: string;
  /** the row in words; default: its label */
  subject?: (t: TFunction, item: Pick<ConflictItem, 'id' | 'rowLabel' | 'about'>) => string;
  /** a value in words (translated codes, names for ids); null: shown as it is */
  value?: (t: TFunction, field: string, value: unknown, language: string) => string | null;
  /** fields whose two values a person may combine by typing */
  freeText?: readonly string[];
}

export interface Feature {
  /** the route (#/<id>) and the name of the feature's folder */
  id: string;
  /** other features whose modules this one imports (checked by test/unit/boundaries.test.ts) */
  uses?: readonly string[];
  /** shown in the navigation, in this order; a feature without one has no page of its own */
  nav?: { labelKey: string; useBadge?: () => NavBadge | null };
  Page?: ComponentType;
  /** shown by the shell above every page (the sample country's notice) */
  Banner?: ComponentType;
  /** locale files (locales/<lng>/<ns>.json) its components read */
  namespaces: readonly string[];
  /** topics of the change feed its views show */
  entities: readonly Topic[];
  entityViews?: Partial<Record<EntityName, EntityView>>;
  /** loaded once at start, for badges */
  start?: () => Promise<void>;
}

/**
 * A feature's page loaded when it is first opened, not with the first screen: the desk starts by
 * parsing the home screen alone. `load` is the page module's import(), `name` its export.
 */
export function lazyPage<M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string): ComponentType {
  pageLoaders.push(load);
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const pageLoaders: (() => Promise<unknown>)[] = [];

/** Loads every page in the background once the first screen is shown, so that opening one is instant. */
export function preloadPages(): void {
  for (const load of pageLoaders.splice(0)) load().catch(() => undefined);
}
