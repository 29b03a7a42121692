import { i18nKeyOf } from './conventions.ts';
import { crosswalk } from './frameworks/crosswalk.ts';
import { frameworkKeyOf } from './frameworks/types.ts';
import { obligationRules } from './obligations.ts';
import { roleTypes } from './roles.ts';

// The English free texts of the reference data that the interface shows (where a role or an
// obligation comes from, what a role involves, why two framework items are related). The English in
// the TypeScript stays the source of truth, with its source and confidence; translations live in
// locales/<lng>/basis.json under the keys below. locales/en/basis.json is this module's
// englishReferenceTexts(), written by `node bin/run-ts.mjs scripts/write-basis-locale.ts` and checked
// by test/unit/reference-texts.test.ts.

export const REFERENCE_TEXT_NAMESPACE = 'basis';

/**
 * role: a role type's `basis`, by its key (RoleType.key, e.g. 'cites_ma');
 * roleNote: a role type's `note`, by its key;
 * obligation: a reporting obligation's `basis`, by its id ('cbd:national-report');
 * crosswalk: a crosswalk relation's `basis`, by crosswalkTextId(from, to).
 */
export type ReferenceTextKind = 'role' | 'roleNote' | 'obligation' | 'crosswalk';

const GROUP: Record<ReferenceTextKind, string> = { role: 'roles', roleNote: 'roleNotes', obligation: 'obligations', crosswalk: 'crosswalk' };

/** The id of a crosswalk relation's text: its GBF target and the related item ('gbf:T3>sdg:14.5'). */
export function crosswalkTextId(from: string, to: string): string {
  return `${from}>${to}`;
}

/** The key of a text inside the namespace, e.g. 'roles.cites_ma', 'obligations.cbd_national_report', 'crosswalk.gbf_T3.sdg_14_5'. */
export function referenceTextKey(kind: ReferenceTextKind, id: string): string {
  if (kind === 'role' || kind === 'roleNote') return `${GROUP[kind]}.${id}`;
  if (kind === 'obligation') return `${GROUP[kind]}.${i18nKeyOf(id)}`;
  const [from, to] = id.split('>');
  return `${GROUP[kind]}.${frameworkKeyOf(from)}.${frameworkKeyOf(to ?? '')}`;
}

export interface ReferenceText {
  kind: ReferenceTextKind;
  id: string;
  key: string;
  english: string;
}

/** Every reference text the interface shows, in the order of the reference data. */
export function referenceTexts(): ReferenceText[] {
  const out: ReferenceText[] = [];
  const add = (kind: ReferenceTextKind, id: string, english: string) => out.push({ kind, id, key: referenceTextKey(kind, id), english });
  for (const r of roleTypes) add('role', r.key, r.basis);
  for (const r of roleTypes) if (r.note) add('roleNote', r.key, r.note);
  for (const o of obligationRules) add('obligation', o.id, o.basis);
  for (const r of crosswalk.relations) add('crosswalk', crosswalkTextId(r.from, r.to), r.basis);
  return out;
}

/** What locales/en/basis.json holds: the English texts as a key tree. */
export function englishReferenceTexts(): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const { key, english } of referenceTexts()) {
    const parts = key.split('.');
    let node = tree;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[parts.at(-1)!] = english;
  }
  return tree;
}
