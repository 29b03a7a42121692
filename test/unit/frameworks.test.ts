import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frameworkMetaSchema } from '../../shared/reference/frameworks/meta-schema.ts';
import ar from '../../locales/ar/frameworks.json' with { type: 'json' };
import en from '../../locales/en/frameworks.json' with { type: 'json' };
import es from '../../locales/es/frameworks.json' with { type: 'json' };
import fr from '../../locales/fr/frameworks.json' with { type: 'json' };
import ru from '../../locales/ru/frameworks.json' with { type: 'json' };
import zh from '../../locales/zh/frameworks.json' with { type: 'json' };
import { LANGUAGES, NAMESPACES } from '../../shared/i18n-languages.ts';
import {
  allFrameworkItems,
  crosswalk,
  frameworkItem,
  frameworks,
  headlineIndicatorsOf,
  isFrameworkItemId,
  itemsOf,
  relationsFrom,
  type FrameworkItem,
} from '../../shared/reference/frameworks/index.ts';

type Texts = { names: Record<string, string>; kinds: Record<string, string>; flags: Record<string, string>; status: Record<string, string>; items: Record<string, string> };
const locales: Record<string, Texts> = { en, fr, es, ar, ru, zh };

const gbfItems = itemsOf('gbf');
const ofKind = (items: readonly FrameworkItem[], kind: FrameworkItem['kind']) => items.filter((i) => i.kind === kind);

/** Sorted ids of every framework item. A rename or removal must fail here: ids travel in bundles. */
// decision 16/31 renumbered "Area under restoration"; its id stays
const RENUMBERED: Record<string, string> = { 'gbf:HI:2.2': '2.1' };

const STABLE_IDS = [
  // cites (27)
  'cites:G1', 'cites:G2', 'cites:G3', 'cites:G4', 'cites:G5', 'cites:O1.1', 'cites:O1.2', 'cites:O1.3', 'cites:O1.4',
  'cites:O1.5', 'cites:O2.1', 'cites:O2.2', 'cites:O2.3', 'cites:O2.4', 'cites:O2.5', 'cites:O3.1', 'cites:O3.2',
  'cites:O3.3', 'cites:O3.4', 'cites:O3.5', 'cites:O3.6', 'cites:O3.7', 'cites:O3.8', 'cites:O4.1', 'cites:O4.2',
  // added: goal 4 lists four objectives on informea.org/en/goals/cites-strategic-vision-2021-2030/goal-4
  'cites:O4.3', 'cites:O4.4',
  // cms (28)
  'cms:G1', 'cms:G2', 'cms:G3', 'cms:G4', 'cms:G5', 'cms:G6', 'cms:T1.1', 'cms:T1.2', 'cms:T1.3', 'cms:T2.1',
  'cms:T2.2', 'cms:T2.3', 'cms:T3.1', 'cms:T3.2', 'cms:T3.3', 'cms:T3.4', 'cms:T3.5', 'cms:T4.1', 'cms:T4.2',
  'cms:T4.3', 'cms:T5.1', 'cms:T5.2', 'cms:T5.3', 'cms:T5.4', 'cms:T6.1', 'cms:T6.2', 'cms:T6.3', 'cms:T6.4',
  // gbf (54)
  'gbf:A', 'gbf:B', 'gbf:C', 'gbf:D', 'gbf:HI:1.1', 'gbf:HI:10.1', 'gbf:HI:10.2', 'gbf:HI:12.1', 'gbf:HI:15.1',
  'gbf:HI:18.1', 'gbf:HI:18.2', 'gbf:HI:2.2', 'gbf:HI:21.1', 'gbf:HI:22.1', 'gbf:HI:3.1', 'gbf:HI:5.1', 'gbf:HI:6.1',
  'gbf:HI:7.1', 'gbf:HI:7.2', 'gbf:HI:9.1', 'gbf:HI:9.2', 'gbf:HI:A.1', 'gbf:HI:A.2', 'gbf:HI:A.3', 'gbf:HI:A.4',
  'gbf:HI:B.1', 'gbf:HI:C.1', 'gbf:HI:C.2', 'gbf:HI:D.1', 'gbf:HI:D.2', 'gbf:HI:D.3', 'gbf:T1', 'gbf:T10', 'gbf:T11',
  'gbf:T12', 'gbf:T13', 'gbf:T14', 'gbf:T15', 'gbf:T16', 'gbf:T17', 'gbf:T18', 'gbf:T19', 'gbf:T2', 'gbf:T20',
  'gbf:T21', 'gbf:T22', 'gbf:T23', 'gbf:T3', 'gbf:T4', 'gbf:T5', 'gbf:T6', 'gbf:T7', 'gbf:T8', 'gbf:T9',
  // ramsar:sp4 (23)
  'ramsar:sp4:G1', 'ramsar:sp4:G2', 'ramsar:sp4:G3', 'ramsar:sp4:G4', 'ramsar:sp4:T1', 'ramsar:sp4:T10',
  'ramsar:sp4:T11', 'ramsar:sp4:T12', 'ramsar:sp4:T13', 'ramsar:sp4:T14', 'ramsar:sp4:T15', 'ramsar:sp4:T16',
  'ramsar:sp4:T17', 'ramsar:sp4:T18', 'ramsar:sp4:T19', 'ramsar:sp4:T2', 'ramsar:sp4:T3', 'ramsar:sp4:T4',
  'ramsar:sp4:T5', 'ramsar:sp4:T6', 'ramsar:sp4:T7', 'ramsar:sp4:T8', 'ramsar:sp4:T9',
  // ramsar:sp5 (3)
  'ramsar:sp5:G1', 'ramsar:sp5:G2', 'ramsar:sp5:T2.3',
  // sdg (24)
  'sdg:14', 'sdg:14.1', 'sdg:14.2', 'sdg:14.3', 'sdg:14.4', 'sdg:14.5', 'sdg:14.6', 'sdg:14.7', 'sdg:14.a',
  'sdg:14.b', 'sdg:14.c', 'sdg:15', 'sdg:15.1', 'sdg:15.2', 'sdg:15.3', 'sdg:15.4', 'sdg:15.5', 'sdg:15.6',
  'sdg:15.7', 'sdg:15.8', 'sdg:15.9', 'sdg:15.a', 'sdg:15.b', 'sdg:15.c',
];

/** Items the facts sheet marks low (or whose text it could not find). */
const LOW_IN_FACTS = [
  'cms:G4', 'cms:T3.4', 'cms:T3.5', 'cms:T4.2', 'cms:T4.3',
  'ramsar:sp5:G1',
  'cites:G1', 'cites:O1.2', 'cites:O1.4',
  // cites:O4.2 is no longer low: its wording was read, numbered, in dart.informea.org/taxonomy/term/2773
];

/** GBF targets whose headline indicators the facts could not confirm, with the confidence of "there is none". */
// binary indicators only, confirmed (decision 16/31)
const HEADLINE_GAPS: Record<string, string> = {
  'gbf:T8': 'high', 'gbf:T14': 'high', 'gbf:T16': 'high', 'gbf:T17': 'high', 'gbf:T20': 'high', 'gbf:T23': 'high',
};

/** Per framework: the id pattern of each kind it has. */
const ID_PATTERNS: Record<string, Partial<Record<FrameworkItem['kind'], RegExp>>> = {
  gbf: { goal: /^gbf:[A-D]$/, target: /^gbf:T([1-9]|1\d|2[0-3])$/, indicator: /^gbf:HI:([A-D]|[1-9]|1\d|2[0-3])\.\d$/ },
  'cms-spms': { goal: /^cms:G[1-6]$/, target: /^cms:T[1-6]\.\d$/ },
  'ramsar-sp5': { goal: /^ramsar:sp5:G\d$/, target: /^ramsar:sp5:T\d\.\d$/ },
  'ramsar-sp4': { goal: /^ramsar:sp4:G[1-4]$/, target: /^ramsar:sp4:T([1-9]|1\d)$/ },
  'cites-sv': { goal: /^cites:G[1-5]$/, objective: /^cites:O[1-5]\.\d$/ },
  sdg: { goal: /^sdg:1[45]$/, target: /^sdg:1[45]\.[1-9a-c]$/ },
};

describe('GBF', () => {
  it('has exactly 4 goals (A-D) and 23 targets (T1-T23), each with a confidence', () => {
    expect(ofKind(gbfItems, 'goal').map((g) => g.id)).toEqual(['gbf:A', 'gbf:B', 'gbf:C', 'gbf:D']);
    const targets = ofKind(gbfItems, 'target');
    expect(targets).toHaveLength(23);
    expect(targets.map((t) => t.id)).toEqual(Array.from({ length: 23 }, (_, n) => `gbf:T${n + 1}`));
    expect(targets.map((t) => t.code)).toEqual(Array.from({ length: 23 }, (_, n) => `T${n + 1}`));
    for (const i of gbfItems) expect(['high', 'medium', 'low']).toContain(i.confidence);
    expect(ofKind(gbfItems, 'target').every((t) => t.parent === null && t.targetYear === 2030)).toBe(true);
    expect(ofKind(gbfItems, 'goal').every((g) => g.parent === null && g.targetYear === 2050)).toBe(true);
  });

  it('attaches every headline indicator to exactly one existing GBF goal or target', () => {
    const indicators = ofKind(gbfItems, 'indicator');
    expect(indicators).toHaveLength(27);
    for (const hi of indicators) {
      expect(RENUMBERED[hi.id] === hi.code || hi.id === `gbf:HI:${hi.code}`).toBe(true);
      const parent = frameworkItem(hi.parent ?? '');
      expect(parent, hi.id).toBeDefined();
      expect(parent!.framework).toBe('gbf');
      expect(['goal', 'target']).toContain(parent!.kind);
      // the right one: an indicator is numbered under its goal (A.1 → A) or target (3.1 → T3)
      const head = hi.code.split('.')[0];
      expect(hi.parent).toBe(/^[A-D]$/.test(head) ? `gbf:${head}` : `gbf:T${head}`);
      for (const also of hi.alsoFor ?? []) {
        expect(frameworkItem(also.id)?.kind, `${hi.id} alsoFor ${also.id}`).toBe('target');
        expect(also.id).not.toBe(hi.parent);
      }
    }
  });

  it('puts indicators where the facts put them', () => {
    const parentOf = (code: string) => frameworkItem(`gbf:HI:${code}`)?.parent;
    expect(parentOf('3.1')).toBe('gbf:T3');
    expect(parentOf('2.2')).toBe('gbf:T2');
    // shown as 2.1 since decision 16/31, under its old stable id
    expect(frameworkItem('gbf:HI:2.2')!.code).toBe('2.1');
    expect(frameworkItem('gbf:HI:2.1')).toBeUndefined();
    expect(parentOf('22.1')).toBe('gbf:T22');
    expect(parentOf('A.1')).toBe('gbf:A');
    expect(parentOf('B.1')).toBe('gbf:B');
    expect(parentOf('D.3')).toBe('gbf:D');
    expect(headlineIndicatorsOf('gbf:T1').map((i) => i.code).sort()).toEqual(['1.1', 'A.1', 'A.2']);
    expect(headlineIndicatorsOf('gbf:T4').map((i) => i.code).sort()).toEqual(['A.3', 'A.4']);
    expect(headlineIndicatorsOf('gbf:T19').map((i) => i.code).sort()).toEqual(['D.1', 'D.2', 'D.3']);
    expect(frameworkItem('gbf:HI:A.1')!.alsoFor).toEqual([{ id: 'gbf:T1', confidence: 'medium' }]);
    // only 15.1 (under development) and 22.1 (added at COP16) are less than certain
    const notHigh = ofKind(gbfItems, 'indicator').filter((i) => i.confidence !== 'high').map((i) => [i.code, i.confidence]);
    expect(notHigh).toEqual([['15.1', 'medium'], ['22.1', 'medium']]);
  });

  it('invents no indicator for the targets followed by binary indicators only, and says so', () => {
    for (const t of ofKind(gbfItems, 'target')) {
      const indicators = headlineIndicatorsOf(t.id);
      if (t.id in HEADLINE_GAPS) {
        expect(indicators, t.id).toEqual([]);
        expect(t.headlineGap?.confidence, t.id).toBe(HEADLINE_GAPS[t.id]);
        expect(t.headlineGap?.note).toMatch(/binary indicator \d+\.b only/);
        expect(t.flags ?? []).not.toContain('headline-unconfirmed');
      } else {
        expect(indicators.length, t.id).toBeGreaterThan(0);
        expect(t.headlineGap, t.id).toBeUndefined();
        expect(t.flags ?? []).not.toContain('headline-unconfirmed');
      }
    }
  });
});

describe('framework items', () => {
  it('have the counts the facts give', () => {
    const count = (fw: string, kind: FrameworkItem['kind']) => ofKind(itemsOf(fw), kind).length;
    expect([count('cms-spms', 'goal'), count('cms-spms', 'target')]).toEqual([6, 22]);
    expect([count('ramsar-sp5', 'goal'), count('ramsar-sp5', 'target')]).toEqual([2, 1]);
    expect([count('ramsar-sp4', 'goal'), count('ramsar-sp4', 'target')]).toEqual([4, 19]);
    // 22: goal 4 has objectives 4.1-4.4 (informea.org/en/goals/cites-strategic-vision-2021-2030/goal-4)
    expect([count('cites-sv', 'goal'), count('cites-sv', 'objective')]).toEqual([5, 22]);
    expect([count('sdg', 'goal'), count('sdg', 'target')]).toEqual([2, 22]);
    expect(ofKind(itemsOf('cites-sv'), 'objective').filter((o) => o.parent === 'cites:G5')).toEqual([]);
  });

  it('have unique ids matching their pattern, and parents in their own framework', () => {
    const ids = allFrameworkItems.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const fw of frameworks) {
      for (const i of fw.items) {
        expect(i.framework).toBe(fw.id);
        const pattern = ID_PATTERNS[fw.id]?.[i.kind];
        expect(pattern, `${fw.id} has no ${i.kind}s`).toBeDefined();
        expect(i.id).toMatch(pattern!);
        // the one renumbered item keeps its old id (RENUMBERED)
        expect(i.id.endsWith(i.code) || RENUMBERED[i.id] === i.code).toBe(true);
        // GBF targets stand on their own (not under a goal); GBF indicators are checked above
        if (i.kind === 'goal' || (fw.id === 'gbf' && i.kind === 'target')) expect(i.parent, i.id).toBeNull();
        else if (fw.id !== 'gbf') {
          const parent = frameworkItem(i.parent ?? '');
          expect(parent?.framework, i.id).toBe(fw.id);
          expect(parent?.kind).toBe('goal');
        }
      }
    }
    expect(new Set(frameworks.map((f) => f.id)).size).toBe(frameworks.length);
  });

  it('keep their ids stable', () => {
    expect(allFrameworkItems.map((i) => i.id).sort()).toEqual(STABLE_IDS);
  });

  it('say which Ramsar plan each Ramsar item belongs to', () => {
    for (const i of allFrameworkItems.filter((x) => x.id.startsWith('ramsar:'))) {
      expect(i.framework).toBe(`ramsar-${i.id.split(':')[1]}`);
    }
    expect(frameworks.find((f) => f.id === 'ramsar-sp4')?.status).toBe('superseded');
    expect(frameworks.find((f) => f.id === 'ramsar-sp5')?.status).toBe('current');
  });

  it('have i18n keys without namespace or key separators', () => {
    const keys = allFrameworkItems.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of [...keys, ...frameworks.map((f) => f.key)]) expect(k).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('flag every low-confidence item, and only the ones the facts mark low', () => {
    const low = allFrameworkItems.filter((i) => i.confidence === 'low');
    expect(low.map((i) => i.id).sort()).toEqual([...LOW_IN_FACTS].sort());
    for (const i of low) {
      expect(i.flags?.length, i.id).toBeGreaterThan(0);
      expect(i.note, i.id).toBeTruthy();
    }
    for (const i of allFrameworkItems) {
      if (i.flags?.includes('wording-not-found') || i.flags?.includes('existence-inferred')) expect(i.confidence, i.id).toBe('low');
    }
  });

  it('are read-only', () => {
    expect(Object.isFrozen(frameworks)).toBe(true);
    expect(Object.isFrozen(allFrameworkItems)).toBe(true);
    const t3 = frameworkItem('gbf:T3')!;
    expect(Object.isFrozen(t3)).toBe(true);
    expect(() => {
      (t3 as { confidence: string }).confidence = 'low';
    }).toThrow(TypeError);
    expect(Object.isFrozen(frameworkItem('gbf:HI:A.1')!.alsoFor)).toBe(true);
  });

  it('are looked up by id', () => {
    expect(frameworkItem('gbf:T3')?.code).toBe('T3');
    expect(frameworkItem('sdg:15.5')?.code).toBe('15.5');
    expect(isFrameworkItemId('cms:T2.2')).toBe(true);
    expect(isFrameworkItemId('gbf:T24')).toBe(false);
    expect(isFrameworkItemId('gbf')).toBe(false);
    expect(isFrameworkItemId(3)).toBe(false);
    expect(itemsOf('nope')).toEqual([]);
  });

  it('every framework has sources and a confidence', () => {
    for (const fw of frameworks) {
      expect(fw.sources.length, fw.id).toBeGreaterThan(0);
      for (const s of fw.sources) expect(s.url).toMatch(/^https?:\/\//);
      expect(fw.adoptedBy).toBeTruthy();
      expect(fw.period.from).toBeLessThanOrEqual(fw.period.to);
    }
  });
});

describe('titles', () => {
  it('loads the frameworks namespace', () => {
    expect(NAMESPACES).toContain('frameworks');
  });

  it('exist for every item and framework in all six languages, with the same keys everywhere', () => {
    const enKeys = JSON.stringify(Object.keys(en.items).sort());
    for (const lang of LANGUAGES) {
      const texts = locales[lang];
      expect(texts, lang).toBeDefined();
      for (const i of allFrameworkItems) expect(texts.items[i.key]?.trim(), `${lang} ${i.id}`).toBeTruthy();
      for (const fw of frameworks) expect(texts.names[fw.key]?.trim(), `${lang} ${fw.id}`).toBeTruthy();
      for (const kind of ['goal', 'target', 'objective', 'indicator']) expect(texts.kinds[kind]).toBeTruthy();
      for (const flag of new Set(allFrameworkItems.flatMap((i) => i.flags ?? []))) expect(texts.flags[flag.replace(/-/g, '_')], `${lang} ${flag}`).toBeTruthy();
      expect(JSON.stringify(Object.keys(texts.items).sort()), lang).toBe(enKeys);
      for (const section of Object.keys(en) as (keyof Texts)[]) expect(Object.keys(texts[section]).sort(), `${lang} ${section}`).toEqual(Object.keys(en[section]).sort());
    }
    expect(Object.keys(en.items)).toHaveLength(allFrameworkItems.length);
  });

  it('are translated, not copied, in Arabic, Russian and Chinese', () => {
    for (const lang of ['ar', 'ru', 'zh']) {
      for (const i of allFrameworkItems) expect(locales[lang].items[i.key], `${lang} ${i.id}`).not.toBe(en.items[i.key as keyof typeof en.items]);
      for (const fw of frameworks) expect(locales[lang].names[fw.key]).not.toBe(en.names[fw.key as keyof typeof en.names]);
    }
  });

  it('are short', () => {
    for (const lang of LANGUAGES) for (const t of Object.values(locales[lang].items)) expect(t.length, `${lang}: ${t}`).toBeLessThanOrEqual(80);
  });

  it('use the official name of the GBF', () => {
    expect(fr.names.gbf).toBe('Cadre mondial de la biodiversité de Kunming-Montréal');
    expect(es.names.gbf).toBe('Marco Mundial de Biodiversidad de Kunming-Montreal');
    expect(ar.names.gbf).toBe('إطار كونمينغ-مونتريال العالمي للتنوع البيولوجي');
    expect(ru.names.gbf).toBe('Куньминско-Монреальская глобальная рамочная программа в области биоразнообразия');
    expect(zh.names.gbf).toBe('昆明-蒙特利尔全球生物多样性框架');
  });
});

describe('crosswalk', () => {
  it('relates GBF targets to existing items of other frameworks, each with a basis', () => {
    expect(crosswalk.relations.length).toBeGreaterThan(0);
    expect(crosswalk.source).toBeTruthy();
    const pairs = new Set<string>();
    for (const r of crosswalk.relations) {
      const from = frameworkItem(r.from);
      const to = frameworkItem(r.to);
      expect(from?.framework, r.from).toBe('gbf');
      expect(from?.kind, r.from).toBe('target');
      expect(to, r.to).toBeDefined();
      expect(to!.framework, r.to).not.toBe('gbf');
      expect(['medium', 'low']).toContain(r.confidence);
      expect(r.basis.trim().length).toBeGreaterThan(0);
      expect(pairs.has(`${r.from}>${r.to}`), `${r.from} > ${r.to} twice`).toBe(false);
      pairs.add(`${r.from}>${r.to}`);
    }
  });

  it('marks judgement calls low and links to unconfirmed items only at low confidence', () => {
    for (const r of crosswalk.relations) {
      if (/judgement|unverified/.test(r.basis)) expect(r.confidence, `${r.from} > ${r.to}`).toBe('low');
      if (frameworkItem(r.to)!.confidence === 'low') expect(r.confidence).toBe('low');
    }
    expect(relationsFrom('gbf:T3').map((r) => r.to)).toContain('sdg:14.5');
    expect(relationsFrom('gbf:T5').find((r) => r.to === 'cms:T3.1')?.confidence).toBe('medium');
    expect(Object.isFrozen(crosswalk.relations)).toBe(true);
  });
});

describe("the frameworks' meta files", () => {
  it('each has the shape meta-schema.ts says, and every framework has one', () => {
    const dir = path.resolve(import.meta.dirname, '../../shared/reference/frameworks/meta');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBe(frameworks.length);
    for (const f of files) {
      const parsed = frameworkMetaSchema.safeParse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      expect(parsed.success, `${f}: ${parsed.error?.message}`).toBe(true);
    }
    // a file that is not of that shape is refused
    expect(frameworkMetaSchema.safeParse({ id: 'x', abbreviation: 'X' }).success).toBe(false);
  });
});
