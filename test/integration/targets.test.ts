import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract.ts';
import { crosswalk, framework, itemsOf } from '../../shared/reference/frameworks/index.ts';
import type { ErrorPayload } from '../../shared/errors.ts';
import { err, openDesk, TestDesk } from '../helpers/desk.ts';

// NBSAP national targets and the framework crosswalk through dispatch, on real SQLite files:
// the targets and their refusals, alignments, the matrix, coverage and what a target serves, the
// country's crosswalk edits, how it all travels between desks, and the spreadsheet export.

const MISSING = '99999999-9999-4999-8999-999999999999';
const GBF_TARGETS = itemsOf('gbf')
  .filter((i) => i.kind === 'target')
  .map((i) => i.id);

const CMS = framework('cms-spms')!.abbreviation;

const desk = () => openDesk(Desk);

class Desk extends TestDesk {
  target(code: string, more: Partial<ChannelInput<'targets.create'>> = {}) {
    return this.call('targets.create', { code, title: `Target ${code}`, ...more });
  }
  align(nationalTargetId: string, frameworkItemId: string, degree: 'high' | 'medium' | 'low', note?: string) {
    return this.call('alignments.set', { nationalTargetId, frameworkItemId, degree, ...(note !== undefined ? { note } : {}) });
  }
  coverage() {
    return this.call('targets.coverage', {});
  }
  carriers(itemId: string) {
    for (const f of this.coverage().byFramework) {
      const item = f.items.find((i) => i.itemId === itemId);
      if (item) return item.targets;
    }
    throw new Error(`${itemId} is in no coverage framework`);
  }
  sync(from: Desk): void {
    this.call('sync.import', { content: from.call('sync.export', {}).content });
  }
}

/** the error is invalid_input with this field issue */
function expectIssue(e: ErrorPayload, path: string, code: string): void {
  expect(e.code).toBe('invalid_input');
  expect(e.issues).toContainEqual(expect.objectContaining({ path, code }));
}

describe('national targets', () => {
  it('creates, lists in natural code order, gets, updates, deletes and restores', async () => {
    const a = await desk();
    const moe = a.institution('Ministry of Environment');
    const fish = a.institution('Fisheries Department');
    const ana = a.person('Ana Lima');
    const nt10 = a.target('NT10', { title: 'Reduce pollution' });
    const nt2 = a.target('NT2', { title: 'Protect 30% of land and sea' });
    const nt1 = a.target(' nt1 ', {
      title: 'Restore degraded wetlands',
      description: 'Mangroves and inland marshes',
      leadInstitutionId: moe,
      contributingInstitutionIds: [fish, fish],
      responsiblePersonIds: [ana],
      status: 'on_track',
      progress: '40',
      headlineIndicatorIds: ['gbf:HI:A.1'],
      nationalIndicators: 'Hectares restored',
    });
    expect(nt1).toEqual({
      id: nt1.id,
      code: 'nt1',
      title: 'Restore degraded wetlands',
      description: 'Mangroves and inland marshes',
      leadInstitutionId: moe,
      leadInstitutionName: 'Ministry of Environment',
      contributingInstitutionIds: [fish],
      responsiblePersonIds: [ana],
      status: 'on_track',
      progress: 40,
      nationalIndicators: 'Hectares restored',
      headlineIndicatorIds: ['gbf:HI:A.1'],
      notes: null,
      deleted: false,
      alignments: [],
    });
    expect(a.call('targets.list', {}).map((t) => t.code)).toEqual(['nt1', 'NT2', 'NT10']);
    expect(a.call('targets.get', { id: nt2.id })).toEqual(nt2);
    expect(a.call('targets.list', { query: 'wetland' }).map((t) => t.id)).toEqual([nt1.id]);
    expect(a.call('targets.list', { query: 'nt10' }).map((t) => t.id)).toEqual([nt10.id]);

    // the code may stay the same (or change only in case) on update
    const updated = a.call('targets.update', { id: nt1.id, patch: { code: 'NT1', title: 'Restore 30% of degraded wetlands', progress: null } });
    expect(updated).toMatchObject({ code: 'NT1', title: 'Restore 30% of degraded wetlands', progress: null, leadInstitutionId: moe, status: 'on_track' });

    const deleted = a.call('targets.delete', { id: nt2.id });
    expect(deleted.deleted).toBe(true);
    expect(a.call('targets.list', {}).map((t) => t.code)).toEqual(['NT1', 'NT10']);
    expect(a.call('targets.get', { id: nt2.id }).deleted).toBe(true);
    expect(err(a.core.dispatcher.dispatch('targets.update', { id: nt2.id, patch: { title: 'x' } })).code).toBe('row_deleted');
    expect(err(a.core.dispatcher.dispatch('targets.delete', { id: nt2.id })).code).toBe('row_deleted');
    expect(a.call('targets.restore', { id: nt2.id }).deleted).toBe(false);
    expect(a.call('targets.list', {}).map((t) => t.code)).toEqual(['NT1', 'NT2', 'NT10']);
    expect(err(a.core.dispatcher.dispatch('targets.restore', { id: nt2.id })).code).toBe('row_not_deleted');
    expect(err(a.core.dispatcher.dispatch('targets.get', { id: MISSING })).code).toBe('not_found');
    expect(a.dump().entities.nationalTarget).toHaveLength(3);
    expect(a.call('app.check', {}).ok).toBe(true);
  });

  it('refuses a code already taken by a live target, in any case or spacing, and changes nothing', async () => {
    const a = await desk();
    const nt1 = a.target('NT1');
    const nt2 = a.target('NT2');
    for (const code of ['NT1', 'nt1', '  Nt1 ']) expectIssue(a.refuse('targets.create', { code, title: 'Another' }), 'code', 'code_taken');
    expectIssue(a.refuse('targets.update', { id: nt2.id, patch: { code: ' nt1' } }), 'code', 'code_taken');
    // a deleted target's code is free; restoring it while the code is taken is refused
    a.call('targets.delete', { id: nt1.id });
    const again = a.target('nt1');
    expectIssue(a.refuse('targets.restore', { id: nt1.id }), 'code', 'code_taken');
    a.call('targets.update', { id: again.id, patch: { code: 'NT1b' } });
    expect(a.call('targets.restore', { id: nt1.id }).deleted).toBe(false);
  });

  it('refuses each bad field at its path with its code, and changes nothing', async () => {
    const a = await desk();
    const moe = a.institution('Ministry of Environment');
    const gone = a.institution('Closed agency');
    a.call('institutions.delete', { id: gone });
    const ana = a.person('Ana Lima');
    const nt = a.target('NT1', { leadInstitutionId: moe });

    for (const progress of [101, -1, 'abc', 12.5]) {
      expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', progress }), 'progress', 'progress_range');
      expectIssue(a.refuse('targets.update', { id: nt.id, patch: { progress } }), 'patch.progress', 'progress_range');
    }
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: '' }), 'title', 'required');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: '   ' }), 'title', 'required');
    expectIssue(a.refuse('targets.create', { code: '', title: 'x' }), 'code', 'required');
    expectIssue(a.refuse('targets.update', { id: nt.id, patch: { title: '' } }), 'patch.title', 'required');

    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', leadInstitutionId: MISSING }), 'leadInstitutionId', 'ref_missing');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', leadInstitutionId: gone }), 'leadInstitutionId', 'ref_missing');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', contributingInstitutionIds: [moe, MISSING] }), 'contributingInstitutionIds.1', 'ref_missing');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', responsiblePersonIds: [ana, MISSING] }), 'responsiblePersonIds.1', 'ref_missing');
    expectIssue(a.refuse('targets.update', { id: nt.id, patch: { leadInstitutionId: gone } }), 'leadInstitutionId', 'ref_missing');
    expectIssue(a.refuse('targets.update', { id: nt.id, patch: { responsiblePersonIds: [MISSING] } }), 'responsiblePersonIds.0', 'ref_missing');

    // headline indicators: GBF headline indicators only
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', headlineIndicatorIds: ['cms:T1.1'] }), 'headlineIndicatorIds.0', 'framework_item_invalid');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', headlineIndicatorIds: ['gbf:HI:A.1', 'gbf:T3'] }), 'headlineIndicatorIds.1', 'framework_item_invalid');
    expectIssue(a.refuse('targets.create', { code: 'NT9', title: 'x', headlineIndicatorIds: ['gbf:HI:nope'] }), 'headlineIndicatorIds.0', 'framework_item_invalid');
    expectIssue(a.refuse('targets.update', { id: nt.id, patch: { headlineIndicatorIds: ['sdg:15.1'] } }), 'headlineIndicatorIds.0', 'framework_item_invalid');

    // several problems are reported together
    const e = a.refuse('targets.create', { code: 'nt1', title: 'x', leadInstitutionId: MISSING });
    expect(e.issues).toEqual([
      { path: 'code', code: 'code_taken' },
      { path: 'leadInstitutionId', code: 'ref_missing' },
    ]);
    expect(a.refuse('targets.update', { id: MISSING, patch: { title: 'x' } }).code).toBe('not_found');
    expect(a.refuse('targets.create', { code: 'NT9', title: 'x', extra: 1 } as never).code).toBe('invalid_input');
  });

  it('keeps references the target already holds when they are deleted later: editing the title still works', async () => {
    const a = await desk();
    const moe = a.institution('Ministry of Environment');
    const ana = a.person('Ana Lima');
    const nt = a.target('NT1', { leadInstitutionId: moe, contributingInstitutionIds: [moe], responsiblePersonIds: [ana] });
    a.call('institutions.delete', { id: moe });
    a.call('people.delete', { id: ana });
    const updated = a.call('targets.update', {
      id: nt.id,
      patch: { title: 'New title', leadInstitutionId: moe, contributingInstitutionIds: [moe], responsiblePersonIds: [ana] },
    });
    expect(updated).toMatchObject({ title: 'New title', leadInstitutionId: moe, leadInstitutionName: 'Ministry of Environment' });
  });
});

describe('alignments', () => {
  it('sets, updates, removes and sets again one row per target and item', async () => {
    const a = await desk();
    const nt = a.target('NT1');
    let t = a.align(nt.id, 'gbf:T3', 'high', 'Our 30x30 commitment');
    a.align(nt.id, 'sdg:15.1', 'medium');
    t = a.align(nt.id, 'cms:T2.2', 'low');
    expect(t.alignments).toEqual([
      { id: `${nt.id}__gbf:T3`, nationalTargetId: nt.id, frameworkItemId: 'gbf:T3', convention: 'cbd', degree: 'high', note: 'Our 30x30 commitment' },
      { id: `${nt.id}__cms:T2.2`, nationalTargetId: nt.id, frameworkItemId: 'cms:T2.2', convention: 'cms', degree: 'low', note: null },
      { id: `${nt.id}__sdg:15.1`, nationalTargetId: nt.id, frameworkItemId: 'sdg:15.1', convention: null, degree: 'medium', note: null },
    ]);
    a.align(nt.id, 'ramsar:sp4:T12', 'medium');
    expect(a.call('targets.get', { id: nt.id }).alignments.find((x) => x.frameworkItemId === 'ramsar:sp4:T12')?.convention).toBe('ramsar');
    // a goal can be aligned to
    expect(a.align(nt.id, 'gbf:A', 'low').alignments.some((x) => x.frameworkItemId === 'gbf:A')).toBe(true);

    // setting again updates the degree; a note left out stays, an empty one clears it
    t = a.align(nt.id, 'gbf:T3', 'medium');
    const t3 = (x: typeof t) => x.alignments.find((al) => al.frameworkItemId === 'gbf:T3');
    expect(t.alignments.map((x) => x.frameworkItemId)).toEqual(['gbf:A', 'gbf:T3', 'cms:T2.2', 'ramsar:sp4:T12', 'sdg:15.1']);
    expect(t3(t)).toMatchObject({ degree: 'medium', note: 'Our 30x30 commitment' });
    t = a.align(nt.id, 'gbf:T3', 'medium', '');
    expect(t3(t)).toMatchObject({ degree: 'medium', note: null });
    const ops = a.call('app.info', {}).counts.ops;
    a.align(nt.id, 'gbf:T3', 'medium');
    expect(a.call('app.info', {}).counts.ops).toBe(ops);

    // remove, then remove again, then set again: the same row comes back
    t = a.call('alignments.remove', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T3' });
    expect(t.alignments.map((x) => x.frameworkItemId)).not.toContain('gbf:T3');
    expect(a.dump().entities.alignment.find((r) => r.id === `${nt.id}__gbf:T3`)).toMatchObject({ _deleted: true });
    expect(a.refuse('alignments.remove', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T3' }).code).toBe('not_found');
    expect(a.refuse('alignments.remove', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T4' }).code).toBe('not_found');
    t = a.align(nt.id, 'gbf:T3', 'high');
    expect(t3(t)).toMatchObject({ id: `${nt.id}__gbf:T3`, degree: 'high' });
    expect(a.dump().entities.alignment.find((r) => r.id === `${nt.id}__gbf:T3`)).toMatchObject({ _deleted: false, degree: 'high' });
    expect(a.dump().entities.alignment).toHaveLength(5);
    expect(a.call('targets.list', {})[0].alignments).toEqual(t.alignments);
    expect(a.dump().conflicts).toEqual([]);
  });

  it('refuses unknown items, indicators and targets that are gone, and changes nothing', async () => {
    const a = await desk();
    const nt = a.target('NT1');
    expectIssue(a.refuse('alignments.set', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T99', degree: 'high' }), 'frameworkItemId', 'framework_item_invalid');
    expectIssue(a.refuse('alignments.set', { nationalTargetId: nt.id, frameworkItemId: 'nope', degree: 'high' }), 'frameworkItemId', 'framework_item_invalid');
    expectIssue(a.refuse('alignments.set', { nationalTargetId: nt.id, frameworkItemId: 'gbf:HI:A.1', degree: 'high' }), 'frameworkItemId', 'framework_item_invalid');
    expectIssue(a.refuse('alignments.set', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T3', degree: 'total' as never }), 'degree', 'invalid');
    expect(a.refuse('alignments.set', { nationalTargetId: MISSING, frameworkItemId: 'gbf:T3', degree: 'high' }).code).toBe('not_found');
    a.align(nt.id, 'gbf:T3', 'high');
    a.call('targets.delete', { id: nt.id });
    expect(a.refuse('alignments.set', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T4', degree: 'high' }).code).toBe('row_deleted');
    expect(a.refuse('alignments.remove', { nationalTargetId: nt.id, frameworkItemId: 'gbf:T3' }).code).toBe('row_deleted');
    // a deleted target's alignments leave the views, and come back with it
    expect(a.coverage().gbfGaps.map((g) => g.itemId)).toContain('gbf:T3');
    a.call('targets.restore', { id: nt.id });
    expect(a.coverage().gbfGaps.map((g) => g.itemId)).not.toContain('gbf:T3');
  });
});

describe('matrix, coverage and serves', () => {
  it('the matrix shows live targets in code order by a framework’s items, with the degree in each cell', async () => {
    const a = await desk();
    const nt10 = a.target('NT10');
    const nt2 = a.target('NT2');
    const gone = a.target('NT3');
    a.align(nt2.id, 'gbf:T3', 'high');
    a.align(nt2.id, 'gbf:T2', 'low');
    a.align(nt10.id, 'gbf:T7', 'medium');
    a.align(nt10.id, 'cms:T3.3', 'high');
    a.align(nt10.id, 'gbf:A', 'high');
    a.align(gone.id, 'gbf:T1', 'high');
    a.call('targets.delete', { id: gone.id });

    const gbf = a.call('targets.matrix', { framework: 'gbf' });
    expect(gbf.framework).toBe('gbf');
    expect(gbf.columns).toEqual(GBF_TARGETS);
    expect(gbf.columns).toHaveLength(23);
    expect(gbf.rows).toEqual([
      { id: nt2.id, code: 'NT2', title: 'Target NT2', cells: { 'gbf:T2': 'low', 'gbf:T3': 'high' } },
      { id: nt10.id, code: 'NT10', title: 'Target NT10', cells: { 'gbf:T7': 'medium' } },
    ]);
    const cms = a.call('targets.matrix', { framework: 'cms-spms' });
    expect(cms.columns[0]).toBe('cms:T1.1');
    expect(cms.columns.every((c) => c.startsWith('cms:T'))).toBe(true);
    expect(cms.rows.map((r) => r.cells)).toEqual([{}, { 'cms:T3.3': 'high' }]);
    expect(a.call('targets.matrix', { framework: 'cites-sv' }).columns).toContain('cites:O1.1');
    expect(a.refuse('targets.matrix', { framework: 'unknown' }).code).toBe('invalid_input');
  });

  it('coverage: GBF gaps, and what each convention’s plan gets directly and through the crosswalk', async () => {
    const a = await desk();
    // no targets: every GBF target is a gap
    let cov = a.coverage();
    expect(cov.gbfGaps).toEqual(GBF_TARGETS.map((itemId) => ({ itemId, best: null })));
    expect(cov.byFramework.map((f) => [f.framework, f.convention])).toEqual([
      ['cms-spms', 'cms'],
      ['ramsar-sp5', 'ramsar'],
      ['ramsar-sp4', 'ramsar'],
      ['cites-sv', 'cites'],
      ['sdg', null],
    ]);
    expect(cov.byFramework.every((f) => f.items.length > 0 && f.items.every((i) => i.targets.length === 0))).toBe(true);

    const nt1 = a.target('NT1');
    a.align(nt1.id, 'gbf:T3', 'high');
    cov = a.coverage();
    expect(cov.gbfGaps.map((g) => g.itemId)).not.toContain('gbf:T3');
    expect(cov.gbfGaps).toHaveLength(22);

    // directly: a CMS target
    a.align(nt1.id, 'cms:T1.2', 'medium');
    expect(a.carriers('cms:T1.2')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'medium', via: null }]);

    // through the crosswalk from T3: medium relations carry the alignment's degree, low ones carry 'low'
    const fromT3 = crosswalk.relations.filter((r) => r.from === 'gbf:T3');
    expect(fromT3.length).toBeGreaterThan(0);
    for (const r of fromT3) {
      expect(a.carriers(r.to)).toContainEqual({ id: nt1.id, code: 'NT1', degree: r.confidence === 'low' ? 'low' : 'high', via: 'gbf:T3' });
    }
    expect(a.carriers('cms:T2.2')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'high', via: 'gbf:T3' }]);
    expect(a.carriers('ramsar:sp4:T5')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'low', via: 'gbf:T3' }]);
    expect(a.carriers('ramsar:sp5:G1')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'low', via: 'gbf:T3' }]);
    expect(a.carriers('cms:T1.1')).toEqual([]);

    // the country removes a reference relation and adds its own
    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'cms:T2.2', state: 'removed', note: 'not how we read it' });
    expect(a.carriers('cms:T2.2')).toEqual([]);
    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'cms:T1.1', state: 'added' });
    expect(a.carriers('cms:T1.1')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'high', via: 'gbf:T3' }]);
    // and changes its mind
    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'cms:T2.2', state: 'added' });
    expect(a.carriers('cms:T2.2')).toEqual([{ id: nt1.id, code: 'NT1', degree: 'high', via: 'gbf:T3' }]);

    // a direct alignment and a crosswalk path to the same item are both listed, direct first
    a.align(nt1.id, 'sdg:14.5', 'low');
    expect(a.carriers('sdg:14.5')).toEqual([
      { id: nt1.id, code: 'NT1', degree: 'low', via: null },
      { id: nt1.id, code: 'NT1', degree: 'high', via: 'gbf:T3' },
    ]);

    // only low alignments keep a GBF target in the gaps, with best 'low'
    const nt2 = a.target('NT2');
    const nt10 = a.target('NT10');
    a.align(nt2.id, 'gbf:T10', 'low');
    a.align(nt10.id, 'gbf:T10', 'low');
    a.align(nt2.id, 'gbf:T11', 'low');
    a.align(nt10.id, 'gbf:T11', 'medium');
    cov = a.coverage();
    expect(cov.gbfGaps).toContainEqual({ itemId: 'gbf:T10', best: 'low' });
    expect(cov.gbfGaps.map((g) => g.itemId)).not.toContain('gbf:T11');
    expect(cov.gbfGaps.find((g) => g.itemId === 'gbf:T1')).toEqual({ itemId: 'gbf:T1', best: null });
    // several targets: in code order
    a.align(nt10.id, 'cms:T1.2', 'high');
    a.align(nt2.id, 'cms:T1.2', 'low');
    expect(a.carriers('cms:T1.2').map((c) => c.code)).toEqual(['NT1', 'NT2', 'NT10']);
  });

  it('serves: direct alignments and everything reached through the edited crosswalk', async () => {
    const a = await desk();
    const nt = a.target('NT1');
    expect(a.call('targets.serves', { id: nt.id })).toEqual({ id: nt.id, items: [] });
    a.align(nt.id, 'gbf:T2', 'medium');
    a.align(nt.id, 'ramsar:sp4:T12', 'high');
    a.call('crosswalk.edit', { fromItemId: 'gbf:T2', toItemId: 'sdg:15.3', state: 'removed' });
    a.call('crosswalk.edit', { fromItemId: 'gbf:T2', toItemId: 'cites:O1.1', state: 'added' });
    const served = a.call('targets.serves', { id: nt.id });
    expect(served.items.slice(0, 2)).toEqual([
      { itemId: 'gbf:T2', framework: 'gbf', degree: 'medium', via: null },
      { itemId: 'ramsar:sp4:T12', framework: 'ramsar-sp4', degree: 'high', via: null },
    ]);
    const through = served.items.slice(2);
    const expected = crosswalk.relations
      .filter((r) => r.from === 'gbf:T2' && r.to !== 'sdg:15.3')
      .map((r) => ({ itemId: r.to, degree: r.confidence === 'low' ? 'low' : 'medium', via: 'gbf:T2' }));
    expected.push({ itemId: 'cites:O1.1', degree: 'medium', via: 'gbf:T2' });
    expect(through.map(({ itemId, degree, via }) => ({ itemId, degree, via }))).toEqual(expect.arrayContaining(expected));
    expect(through).toHaveLength(expected.length);
    expect(through.find((i) => i.itemId === 'ramsar:sp4:T12')).toMatchObject({ framework: 'ramsar-sp4', via: 'gbf:T2', degree: 'medium' });
    expect(through.find((i) => i.itemId === 'ramsar:sp5:G1')).toMatchObject({ framework: 'ramsar-sp5', degree: 'low' });
    expect(through.some((i) => i.itemId === 'sdg:15.3')).toBe(false);
    expect(a.refuse('targets.serves', { id: MISSING }).code).toBe('not_found');
  });
});

describe('crosswalk edits', () => {
  it('lists the reference relations with the country’s edits marked, and its own added ones', async () => {
    const a = await desk();
    const reference = a.call('crosswalk.list', {});
    expect(reference).toHaveLength(crosswalk.relations.length);
    expect(reference[0]).toEqual({ ...crosswalk.relations[0], origin: 'reference', removed: false, note: null });

    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'sdg:15.4', state: 'removed', note: 'mountains are not ours' });
    const list = a.call('crosswalk.edit', { fromItemId: 'gbf:T15', toItemId: 'cites:O1.2', state: 'added', note: 'our reading' });
    expect(list).toEqual(a.call('crosswalk.list', {}));
    expect(list).toHaveLength(crosswalk.relations.length + 1);
    expect(list.find((r) => r.from === 'gbf:T3' && r.to === 'sdg:15.4')).toMatchObject({ origin: 'reference', removed: true, note: 'mountains are not ours', confidence: 'low' });
    expect(list.at(-1)).toEqual({ from: 'gbf:T15', to: 'cites:O1.2', confidence: null, basis: null, origin: 'country', removed: false, note: 'our reading' });
    expect(a.dump().entities.crosswalkEdit.map((r) => r.id)).toEqual(['gbf:T15__cites:O1.2', 'gbf:T3__sdg:15.4']);

    // undoing the removal: one row per pair
    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'sdg:15.4', state: 'added' });
    expect(a.call('crosswalk.list', {}).find((r) => r.from === 'gbf:T3' && r.to === 'sdg:15.4')).toMatchObject({ removed: false, origin: 'reference', note: 'mountains are not ours' });
    expect(a.dump().entities.crosswalkEdit).toHaveLength(2);
    // a country relation it removes again leaves the list
    a.call('crosswalk.edit', { fromItemId: 'gbf:T15', toItemId: 'cites:O1.2', state: 'removed' });
    expect(a.call('crosswalk.list', {})).toHaveLength(crosswalk.relations.length);
  });

  it('refuses a relation that does not go from a GBF target to another framework’s item', async () => {
    const a = await desk();
    expectIssue(a.refuse('crosswalk.edit', { fromItemId: 'cms:T1.1', toItemId: 'sdg:15.1', state: 'added' }), 'fromItemId', 'framework_item_invalid');
    expectIssue(a.refuse('crosswalk.edit', { fromItemId: 'gbf:A', toItemId: 'sdg:15.1', state: 'added' }), 'fromItemId', 'framework_item_invalid');
    expectIssue(a.refuse('crosswalk.edit', { fromItemId: 'gbf:T1', toItemId: 'gbf:T2', state: 'added' }), 'toItemId', 'framework_item_invalid');
    expectIssue(a.refuse('crosswalk.edit', { fromItemId: 'gbf:T1', toItemId: 'gbf:HI:A.1', state: 'added' }), 'toItemId', 'framework_item_invalid');
    expectIssue(a.refuse('crosswalk.edit', { fromItemId: 'gbf:T1', toItemId: 'cms:T99', state: 'added' }), 'toItemId', 'framework_item_invalid');
    expect(a.refuse('crosswalk.edit', { fromItemId: 'gbf:T1', toItemId: 'cms:T1.1', state: 'maybe' as never }).code).toBe('invalid_input');
  });
});

describe('sync', () => {
  it('targets, alignments and crosswalk edits travel in bundles', async () => {
    const a = await desk();
    const b = await desk();
    const moe = a.institution('Ministry of Environment');
    const nt1 = a.target('NT1', { leadInstitutionId: moe, progress: 10 });
    const fish = a.institution('Fisheries Department');
    const unrelated = a.institution('Unrelated Office');
    const ana = a.person('Ana Lima');
    const nt2 = a.target('NT2', { contributingInstitutionIds: [fish], responsiblePersonIds: [ana] });
    a.align(nt1.id, 'gbf:T3', 'high', 'thirty by thirty');
    a.align(nt2.id, 'cms:T1.2', 'medium');
    a.call('crosswalk.edit', { fromItemId: 'gbf:T3', toItemId: 'cms:T2.2', state: 'removed' });
    const summary = b.call('sync.import', { content: a.call('sync.export', {}).content });
    expect(summary.rowsNew).toMatchObject({ nationalTarget: 2, alignment: 2, crosswalkEdit: 1, institution: 3, person: 1 });
    expect(b.call('targets.list', {})).toEqual(a.call('targets.list', {}));
    expect(b.coverage()).toEqual(a.coverage());
    expect(b.call('crosswalk.list', {})).toEqual(a.call('crosswalk.list', {}));
    expect(b.call('targets.serves', { id: nt1.id })).toEqual(a.call('targets.serves', { id: nt1.id }));
    expect(b.dump()).toEqual(a.dump());

    // a bundle scoped to CMS carries the CMS alignment and its target
    const c = await desk();
    c.call('sync.import', { content: a.call('sync.export', { scope: { conventions: ['cms'] } }).content });
    expect(c.call('targets.list', {}).map((t) => [t.code, t.alignments.map((x) => x.frameworkItemId)])).toEqual([['NT2', ['cms:T1.2']]]);
    // with the institutions and people its target names, and no others
    expect(c.call('institutions.list', {}).items.map((i) => i.id)).toEqual([fish]);
    expect(c.call('people.list', {}).items.map((p) => p.id)).toEqual([ana]);
    expect(unrelated).toBeTruthy();
  });

  it('two desks aligning the same pair edit one row: equal degrees merge, different ones conflict', async () => {
    const a = await desk();
    const b = await desk();
    const nt = a.target('NT1');
    b.sync(a);
    a.align(nt.id, 'gbf:T3', 'high');
    b.align(nt.id, 'gbf:T3', 'high');
    a.align(nt.id, 'sdg:15.1', 'high');
    b.align(nt.id, 'sdg:15.1', 'low');
    a.sync(b);
    b.sync(a);
    expect(b.dump()).toEqual(a.dump());
    for (const d of [a, b]) {
      const rows = d.dump().entities.alignment;
      expect(rows.map((r) => r.id)).toEqual([`${nt.id}__gbf:T3`, `${nt.id}__sdg:15.1`]);
      const conflicts = d.call('conflicts.list', {});
      expect(conflicts.map((c) => [c.entity, c.id, c.field, c.kind])).toEqual([['alignment', `${nt.id}__sdg:15.1`, 'degree', 'value']]);
      expect(conflicts[0].heads.map((h) => h.value).sort()).toEqual(['high', 'low']);
      expect(d.call('targets.get', { id: nt.id }).alignments).toHaveLength(2);
    }
    // resolving the conflict settles it on both desks
    const [conflict] = a.call('conflicts.list', {});
    a.call('conflicts.resolve', { entity: 'alignment', id: conflict.id, field: 'degree', value: 'medium', reviewed: conflict.heads.map((h) => h.hlc) });
    b.sync(a);
    expect(b.call('conflicts.list', {})).toEqual([]);
    expect(b.call('targets.get', { id: nt.id }).alignments.find((x) => x.frameworkItemId === 'sdg:15.1')?.degree).toBe('medium');
  });
});

describe('export', () => {
  async function seeded() {
    const a = await desk();
    const moe = a.institution('Ministry of Environment');
    const nt2 = a.target('NT2', { title: 'Protect 30% of land and sea', status: 'on_track', progress: 35, leadInstitutionId: moe });
    const nt10 = a.target('NT10', { title: '=Reduce pollution' });
    a.align(nt2.id, 'gbf:T3', 'high', 'thirty, by "thirty"');
    a.align(nt2.id, 'cms:T2.2', 'medium');
    a.align(nt10.id, 'gbf:T7', 'low');
    return a;
  }

  it('writes an XLSX with the national targets, the alignments and the GBF coverage', async () => {
    const a = await seeded();
    const file = await a.invoke('targets.export', { format: 'xlsx' });
    expect(file.fileName).toMatch(/^nbsap-targets-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['National targets', 'Alignments', 'GBF coverage']);
    const rowsOf = (name: string) => {
      const rows: string[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return rows;
    };
    expect(rowsOf('National targets')).toEqual([
      ['Code', 'Title', 'Status', 'Progress (%)', 'Lead institution', 'GBF targets', 'Other aligned targets'],
      ['NT2', 'Protect 30% of land and sea', 'On track', '35', 'Ministry of Environment', 'T3 (High)', `${CMS} T2.2 (Medium)`],
      ['NT10', '=Reduce pollution', '', '', '', 'T7 (Low)', ''],
    ]);
    expect(rowsOf('Alignments')).toEqual([
      ['National target', 'Framework', 'Global target', 'Degree of alignment', 'Note'],
      ['NT2', 'KMGBF', 'T3', 'High', 'thirty, by "thirty"'],
      ['NT2', CMS, 'T2.2', 'Medium', ''],
      ['NT10', 'KMGBF', 'T7', 'Low', ''],
    ]);
    const coverage = rowsOf('GBF coverage');
    expect(coverage[0]).toEqual(['GBF target', 'Best alignment', 'National targets']);
    expect(coverage).toHaveLength(24);
    expect(coverage[3]).toEqual(['T3', 'High', 'NT2 (High)']);
    expect(coverage[7]).toEqual(['T7', 'Low', 'NT10 (Low)']);
    expect(coverage[1]).toEqual(['T1', 'Not aligned', '']);
    // the title that looks like a formula is a plain text cell
    expect(wb.getWorksheet('National targets')!.getCell('B3').value).toBe('=Reduce pollution');
    // the asynchronous channel is refused by the synchronous door
    expect(err(a.core.dispatcher.dispatch('targets.export', { format: 'xlsx' })).code).toBe('internal');
  });

  it('writes the workbook in the language asked for: sheet names, headers, statuses and degrees; codes stay', async () => {
    const a = await seeded();
    const load = async (language: 'fr' | 'ar') => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from((await a.invoke('targets.export', { format: 'xlsx', language })).dataBase64, 'base64') as unknown as ArrayBuffer);
      return wb;
    };
    const fr = await load('fr');
    expect(fr.worksheets.map((w) => w.name)).toEqual(['Cibles nationales', 'Alignements', 'Couverture du CMB']);
    const row = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1).map((v) => String(v ?? ''));
    expect(row(fr.worksheets[0], 1)).toEqual(['Code', 'Intitulé', 'État d’avancement', 'Avancement (%)', 'Institution chef de file', 'Cibles du CMB', 'Autres cibles alignées']);
    expect(row(fr.worksheets[0], 2)).toEqual(['NT2', 'Protect 30% of land and sea', 'En bonne voie', '35', 'Ministry of Environment', 'T3 (Élevé)', `${CMS} T2.2 (Moyen)`]);
    expect(row(fr.worksheets[2], 2)).toEqual(['T1', 'Non alignée', '']);
    const ar = await load('ar');
    expect(ar.worksheets.map((w) => w.name)).toEqual(['الغايات الوطنية', 'المواءمات', 'تغطية الإطار العالمي']);
    expect(row(ar.worksheets[1], 1)[0]).toBe('الغاية الوطنية');
    // a language the desk does not speak is refused at the door
    expect(err(await a.core.dispatcher.invoke('targets.export', { format: 'xlsx', language: 'de' } as never)).code).toBe('invalid_input');
  });

  it('writes the alignments table as CSV', async () => {
    const a = await seeded();
    const file = await a.invoke('targets.export', { format: 'csv' });
    expect(file.fileName).toMatch(/\.csv$/);
    expect(file.mime).toBe('text/csv;charset=utf-8');
    const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(['National target', 'Framework', 'Global target', 'Degree of alignment', 'Note']);
    expect(parsed.data.map((r) => [r['National target'], r['Global target'], r['Degree of alignment'], r.Note])).toEqual([
      ['NT2', 'T3', 'High', 'thirty, by "thirty"'],
      ['NT2', 'T2.2', 'Medium', ''],
      ['NT10', 'T7', 'Low', ''],
    ]);
    expect((await desk().then((d) => d.invoke('targets.export', { format: 'csv' }))).dataBase64).toBeTruthy();
  });
});
