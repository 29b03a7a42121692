import { describe, expect, it } from 'vitest';
import { frameworkItem, itemsOf } from '../../shared/reference/frameworks/index.ts';
import {
  BINARY_ANSWERS,
  GBF_MONITORING_SOURCE,
  gbfMonitoring,
  indicatorsOf,
  monitoringIndicator,
  monitoringKindOf,
  type MonitoringIndicator,
  type MonitoringKind,
} from '../../shared/reference/gbf-monitoring.ts';

const ofKind = (kind: MonitoringKind) => gbfMonitoring.filter((i) => i.kind === kind);

/** Targets (and goal B) with a binary indicator in the ORT list. */
const BINARY_PARENTS = [
  'gbf:B', 'gbf:T1', 'gbf:T5', 'gbf:T6', 'gbf:T8', 'gbf:T9', 'gbf:T12', 'gbf:T13', 'gbf:T14', 'gbf:T15', 'gbf:T16',
  'gbf:T17', 'gbf:T20', 'gbf:T22', 'gbf:T23',
];

/** Targets followed by binary indicators only (decision 16/31). */
const BINARY_ONLY = ['gbf:T8', 'gbf:T14', 'gbf:T16', 'gbf:T17', 'gbf:T20', 'gbf:T23'];

/** ORT identifiers the ORT list gives to more than one indicator (a data slip on its side). */
const SHARED_ORT_IDS: Record<string, string[]> = { 'GBF-INDICATOR-219': ['8.CY.2', '8.CY.3'] };

/** goal or target an indicator code is numbered under: 'A.CT.1' → gbf:A, '13.b' → gbf:T13 */
const parentOfCode = (code: string) => {
  const head = code.split('.')[0];
  return /^[A-D]$/.test(head) ? `gbf:${head}` : `gbf:T${head}`;
};

describe('GBF monitoring framework', () => {
  it('has the counts of the ORT list', () => {
    expect(gbfMonitoring).toHaveLength(203);
    expect([ofKind('headline').length, ofKind('binary').length, ofKind('component').length, ofKind('complementary').length]).toEqual([27, 15, 52, 109]);
    expect(GBF_MONITORING_SOURCE).toMatch(/indicators\.ts/);
    expect(GBF_MONITORING_SOURCE).toMatch(/16\/31/);
    expect(GBF_MONITORING_SOURCE).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('has unique codes and ids of the right shape', () => {
    const codes = gbfMonitoring.map((i) => i.code);
    const ids = gbfMonitoring.map((i) => i.id);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const i of gbfMonitoring) {
      expect(i.code).toMatch(/^([A-D]|[1-9]|1\d|2[0-3])\.(\d+|b|CT\.\d+|CY\.\d+)$/);
      if (i.kind === 'headline') expect(i.id === `gbf:HI:${i.code}` || (i.id === 'gbf:HI:2.2' && i.code === '2.1'), i.id).toBe(true);
      else expect(i.id).toBe(`gbf:IND:${i.code}`);
    }
  });

  it('gives each indicator the kind its code says', () => {
    const expected = (code: string): MonitoringKind =>
      code.endsWith('.b') ? 'binary' : code.includes('.CT.') ? 'component' : code.includes('.CY.') ? 'complementary' : 'headline';
    for (const i of gbfMonitoring) {
      expect(i.kind, i.code).toBe(expected(i.code));
      expect(monitoringKindOf(i.code)).toBe(i.kind);
    }
  });

  it('puts every indicator under an existing GBF goal or target, the one it is numbered under', () => {
    for (const i of gbfMonitoring) {
      const parent = frameworkItem(i.parent);
      expect(parent, i.code).toBeDefined();
      expect(parent!.framework).toBe('gbf');
      expect(['goal', 'target']).toContain(parent!.kind);
      expect(i.parent, i.code).toBe(parentOfCode(i.code));
    }
  });

  it('has every headline indicator of gbf.ts with its id and code, and no other', () => {
    const headline = itemsOf('gbf').filter((i) => i.kind === 'indicator');
    expect(headline).toHaveLength(27);
    for (const hi of headline) {
      const m = monitoringIndicator(hi.id);
      expect(m, hi.id).toBeDefined();
      expect(m!.code).toBe(hi.code);
      expect(m!.kind).toBe('headline');
      expect(m!.parent).toBe(hi.parent);
    }
    expect(ofKind('headline').map((i) => i.id).sort()).toEqual(headline.map((i) => i.id).sort());
    expect(monitoringIndicator('gbf:HI:2.2')).toMatchObject({ code: '2.1', parent: 'gbf:T2', ortId: 'GBF-INDICATOR-2.2' });
    expect(monitoringIndicator('gbf:HI:2.1')).toBeUndefined();
  });

  it('has the binary indicator of each target that has one under that target', () => {
    expect(ofKind('binary').map((i) => i.parent)).toEqual(BINARY_PARENTS);
    for (let n = 1; n <= 23; n++) {
      const t = `gbf:T${n}`;
      const binary = indicatorsOf(t).filter((i) => i.kind === 'binary');
      if (!BINARY_PARENTS.includes(t)) {
        expect(binary, t).toEqual([]);
        continue;
      }
      expect(binary.map((i) => i.code), t).toEqual([`${n}.b`]);
      expect(monitoringIndicator(`gbf:IND:${n}.b`)?.parent).toBe(t);
    }
    expect(monitoringIndicator('gbf:IND:B.b')?.parent).toBe('gbf:B');
    expect(monitoringIndicator('gbf:IND:1.b')?.ortId).toBe('KMGBF-INDICATOR-BIN-1');
  });

  it('follows targets 8, 14, 16, 17, 20 and 23 by binary indicators only, with no headline indicator', () => {
    for (const t of BINARY_ONLY) {
      const own = indicatorsOf(t);
      expect(own.filter((i) => i.kind === 'headline'), t).toEqual([]);
      expect(own.some((i) => i.kind === 'binary'), t).toBe(true);
    }
  });

  it('has an ORT identifier for every indicator, shared only where the ORT list shares it', () => {
    const byOrtId = new Map<string, string[]>();
    for (const i of gbfMonitoring) {
      expect(i.ortId, i.code).toMatch(/^(GBF-INDICATOR-|KMGBF-INDICATOR-BIN-)\S+$/);
      byOrtId.set(i.ortId, [...(byOrtId.get(i.ortId) ?? []), i.code]);
    }
    const shared = Object.fromEntries([...byOrtId].filter(([, codes]) => codes.length > 1));
    expect(shared).toEqual(SHARED_ORT_IDS);
    for (const i of ofKind('binary')) expect(i.ortId, i.code).toMatch(/^KMGBF-INDICATOR-BIN-/);
    expect(monitoringIndicator('gbf:IND:A.CT.1')?.ortId).toBe('GBF-INDICATOR-143');
  });

  it('has titles without the leading code', () => {
    for (const i of gbfMonitoring) {
      expect(i.title.trim(), i.code).toBe(i.title);
      expect(i.title.length, i.code).toBeGreaterThan(3);
      expect(i.title.startsWith(i.code), i.code).toBe(false);
    }
  });

  it('gives binary indicators (only) questions with allowed answers', () => {
    for (const i of gbfMonitoring) {
      if (i.kind !== 'binary') {
        expect(i.questions, i.code).toBeUndefined();
        continue;
      }
      expect(i.questions?.length, i.code).toBeGreaterThan(0);
      const numbers = i.questions!.map((x) => x.number);
      expect(new Set(numbers).size, i.code).toBe(numbers.length);
      for (const x of i.questions!) {
        expect(x.number, i.code).toMatch(/^[B\d]+(\.\d+)+(\([a-e]\))?$/);
        expect(x.title === null || x.title.length > 0, `${i.code} ${x.number}`).toBe(true);
        for (const o of x.options) expect(BINARY_ANSWERS, `${i.code} ${x.number}`).toContain(o);
        expect(new Set(x.options).size).toBe(x.options.length);
        // a question is answered on a scale, by ticking choices, or (optional) in free text
        if (x.options.length === 0) expect((x.choices?.length ?? 0) > 0 || x.optional === true, `${i.code} ${x.number}`).toBe(true);
        if (x.choices) expect(x.options, `${i.code} ${x.number}`).toEqual([]);
      }
      // most questions are on the answer scale
      expect(i.questions!.some((x) => x.options.length > 0) || i.code === '5.b', i.code).toBe(true);
    }
    expect(monitoringIndicator('gbf:IND:1.b')!.questions!.map((x) => x.number)).toEqual(['1.1(a)', '1.1(b)', '1.1(c)', '1.2']);
    expect(monitoringIndicator('gbf:IND:13.b')!.questions!.find((x) => x.number === '13.4')!.options).toEqual(['no', 'yes', 'notApplicable']);
  });

  it('marks as less than certain only what the ORT list leaves in doubt, with a note', () => {
    const notHigh = gbfMonitoring.filter((i) => i.confidence !== 'high');
    expect(notHigh.map((i) => [i.code, i.confidence])).toEqual([['8.CY.2', 'medium'], ['8.CY.3', 'medium']]);
    for (const i of notHigh) expect(i.note, i.code).toBeTruthy();
  });

  it('lists the indicators of a goal or target in framework order', () => {
    expect(indicatorsOf('gbf:T3').map((i) => i.code)).toEqual(['3.1', '3.CT.1', '3.CT.2', '3.CY.1', '3.CY.2', '3.CY.3', '3.CY.4', '3.CY.5']);
    expect(indicatorsOf('gbf:T2').map((i) => i.id)).toEqual(['gbf:HI:2.2', 'gbf:IND:2.CT.1', 'gbf:IND:2.CY.1', 'gbf:IND:2.CY.2']);
    expect(indicatorsOf('gbf:T19')).toEqual([]);
    expect(indicatorsOf('gbf:X')).toEqual([]);
    // every goal and target but T19 has something numbered under it
    const parents = new Set(gbfMonitoring.map((i) => i.parent));
    const gbfParents = itemsOf('gbf').filter((i) => i.kind !== 'indicator').map((i) => i.id);
    expect(gbfParents.filter((id) => !parents.has(id))).toEqual(['gbf:T19']);
  });

  it('is read-only and looked up by id', () => {
    expect(Object.isFrozen(gbfMonitoring)).toBe(true);
    const b = monitoringIndicator('gbf:IND:1.b') as MonitoringIndicator;
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(b.questions)).toBe(true);
    expect(Object.isFrozen(b.questions![0].options)).toBe(true);
    expect(() => {
      (b as { title: string }).title = 'x';
    }).toThrow(TypeError);
    expect(monitoringIndicator('gbf:IND:A.CY.12')?.title).toBe('Relative magnitude of fragmentation');
    expect(monitoringIndicator('nope')).toBeUndefined();
  });
});
