import type { Confidence } from '../types.ts';
import { i18nKeyOf } from '../conventions.ts';

// Reference frameworks (GBF, CMS, Ramsar and CITES strategic plans, SDG 14/15) as read-only data.
// Ids are stable: they travel in bundles (NBSAP targets point at them) and never change. If an item turns
// out to be wrong, correct its confidence/flags/title, never its id; add new items with new ids.
// Titles are the desk's own short titles, not official texts: frameworks:items.<key> in locales/*/frameworks.json;
// framework names are frameworks:names.<key>. Facts from ../shared/reference/reference-facts.json.

/** Bumped whenever any framework data below changes (items added, confidence or flags corrected). */
export const FRAMEWORKS_DATA_VERSION = 2;

export type FrameworkItemKind = 'goal' | 'target' | 'objective' | 'indicator';

/** Why an item is shown as uncertain. Every low-confidence item carries at least one. */
export type FrameworkItemFlag =
  /** the item's text was not found: its title is a placeholder, not a paraphrase */
  | 'wording-not-found'
  /** the paraphrase could not be checked against the official wording */
  | 'wording-unverified'
  /** the item's existence or number is inferred (e.g. from the sequence of records), not seen */
  | 'existence-inferred'
  /** GBF targets: no headline indicator confirmed in the sources (none is attached) */
  | 'headline-unconfirmed';

export interface FrameworkSource {
  url: string;
  usedFor: string;
}

export interface FrameworkItem {
  id: string;
  framework: string;
  kind: FrameworkItemKind;
  /** display code, e.g. "T3", "A", "A.1", "G1", "O1.1", "15.5" */
  code: string;
  /** id of the goal/target the item sits under (indicators: the one goal or target it is attached to) */
  parent: string | null;
  confidence: Confidence;
  /** i18n key: the title is frameworks:items.<key> */
  key: string;
  /** year the item is due, where the text gives one */
  targetYear?: number;
  flags?: readonly FrameworkItemFlag[];
  /** GBF headline indicators also used for other goals/targets (the parent is the one they are numbered under) */
  alsoFor?: readonly { id: string; confidence: Confidence }[];
  /** GBF targets without a headline indicator: how sure we are that there is none */
  headlineGap?: { confidence: Confidence; note: string };
  /** developer-facing English note on what is uncertain; not shown as a title */
  note?: string;
}

export interface Framework {
  id: string;
  abbreviation: string;
  /** the convention it belongs to (shared/reference/conventions.ts), or null (SDGs) */
  convention: string | null;
  /** year of adoption */
  adopted: number;
  /** adopting decision or resolution */
  adoptedBy: string;
  /** edition of the data: which decisions it reflects */
  edition: string;
  period: { from: number; to: number };
  status: 'current' | 'superseded';
  /** whether every goal/target of the framework is present */
  completeness: 'complete' | 'partial';
  confidence: Confidence;
  /** i18n key: the name is frameworks:names.<key> */
  key: string;
  sources: readonly FrameworkSource[];
  /** what the sources lacked */
  gaps: readonly string[];
  items: readonly FrameworkItem[];
}

/** i18n key of a framework or item id: no ':' (namespace separator), '.' (key separator) or '-'. */
export function frameworkKeyOf(id: string): string {
  return i18nKeyOf(id).replace(/\./g, '_');
}

export type ItemInput = Omit<FrameworkItem, 'framework' | 'key'>;

/** A framework's description and sources, kept as data in meta/<id>.json (its shape: meta-schema.ts, checked by the tests). */
export function frameworkMeta(json: unknown): Omit<Framework, 'items' | 'key'> {
  return json as Omit<Framework, 'items' | 'key'>;
}

/** Fills in `framework` and `key` and freezes the framework and its items. */
export function defineFramework(meta: Omit<Framework, 'items' | 'key'>, items: readonly ItemInput[]): Framework {
  const built = items.map((i) => deepFreeze({ ...i, framework: meta.id, key: frameworkKeyOf(i.id) }));
  return deepFreeze({ ...meta, key: frameworkKeyOf(meta.id), items: built });
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
