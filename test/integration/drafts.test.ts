import { describe, expect, it } from 'vitest';
import { localToday } from '../../shared/days.ts';
import { openDesk, TestDesk } from '../helpers/desk.ts';

// Record once, report many, through dispatch on real stores: a value recorded once appears in the
// CBD 7th report (Section III) and in the CMS report that asks about the crosswalked target; an
// edit after the CBD report was submitted flags it; a new CMS draft starts from the last one's own
// answers; bad input changes nothing.

const TODAY = localToday();
const CBD7 = 'cbd:national-report__7';
const CMS15 = 'cms:national-report__cms:cop15';

class DraftDesk extends TestDesk {
  /** NT3 aligned to GBF T3 (the crosswalk carries it to CMS target 2.2), using headline indicator 3.1 */
  target() {
    const t = this.call('targets.create', { code: 'NT3', title: 'Protect 30% of land and waters', headlineIndicatorIds: ['gbf:HI:3.1'] });
    this.call('alignments.set', { nationalTargetId: t.id, frameworkItemId: 'gbf:T3', degree: 'high' });
    return t.id;
  }
  draft(reportId: string) {
    return this.call('drafts.get', { reportId });
  }
  question(reportId: string, id: string) {
    return this.draft(reportId).sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
  }
}
const desk = async () => {
  const d = await openDesk(DraftDesk);
  for (const instrumentId of ['cbd', 'cms']) d.call('membership.set', { instrumentId, status: 'party' });
  return d;
};

describe('record once, report many', () => {
  it('one indicator value and one assessment appear in the CBD Section III and in the CMS question on the crosswalked target', async () => {
    const d = await desk();
    const nt3 = d.target();
    const amina = d.person('Amina Diallo');
    d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.2, unit: '%', source: 'National protected areas registry', confidence: 'high', enteredById: amina });
    d.call('progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'insufficient', actions: 'Two new marine reserves', summary: 'Coverage rose from 12% to 17%', assessedById: amina });

    const section3 = d.question(CBD7, 'cbd:nr7:III.1');
    expect(section3.state).toBe('shared');
    expect(section3.targets).toEqual([
      expect.objectContaining({ code: 'NT3', progress: expect.objectContaining({ level: 'insufficient', assessedByName: 'Amina Diallo' }), values: [expect.objectContaining({ value: 17.2, year: 2024, enteredByName: 'Amina Diallo' })] }),
    ]);
    expect(section3.targets[0].changed).toMatchObject({ here: true });

    const cms = d.question(CMS15, 'cms:nr:3');
    const t22 = cms.items.find((i) => i.itemId === 'cms:T2.2')!;
    expect(t22.targets).toEqual([expect.objectContaining({ code: 'NT3', via: 'gbf:T3', level: 'insufficient' })]);
    // and the CMS question on indicator data reads the same value
    expect(d.question(CMS15, 'cms:nr:5').values.map((v) => [v.indicatorId, v.year, v.value])).toEqual([['gbf:HI:3.1', 2024, 17.2]]);

    // who else draws on it: both reports
    const reuse = d.call('drafts.reuse', {});
    expect(reuse.rows.find((r) => r.id === nt3)!.usedBy).toEqual(expect.arrayContaining([CBD7, CMS15]));
    expect(reuse.rows.find((r) => r.id === 'gbf:HI:3.1')!.usedBy).toEqual(expect.arrayContaining([CBD7, CMS15]));
  });

  it('flags the submitted CBD report when a record it drew on changes after submission, with the old and new value', async () => {
    const d = await desk();
    const nt3 = d.target();
    d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.2, unit: '%' });
    d.call('progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'insufficient' });
    expect(d.call('drafts.changes', { reportId: CBD7 })).toEqual([]);
    // submitted today: what was recorded before is in the report
    d.call('reports.save', { obligationId: 'cbd:national-report', period: '7', status: 'submitted', submittedOn: TODAY });
    expect(d.call('drafts.changes', { reportId: CBD7 })).toEqual([]);
    d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 18.4, unit: '%' });
    const changes = d.call('drafts.changes', { reportId: CBD7 });
    expect(changes).toEqual([expect.objectContaining({ entity: 'indicatorValue', kind: 'changed', label: '3.1 · 2024', field: 'value', before: 17.2, after: 18.4, here: true })]);
    // an assessment changed, and a new one after the submission: one line for the new record
    d.call('progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'no_change' });
    d.call('progress.save', { nationalTargetId: nt3, asOf: TODAY, level: 'on_track' });
    const all = d.call('drafts.changes', { reportId: CBD7 });
    expect(all.filter((c) => c.entity === 'targetProgress').map(({ kind, label, field, before, after }) => ({ kind, label, field, before, after })).sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([
      { kind: 'added', label: 'NT3', field: null, before: null, after: null },
      { kind: 'changed', label: 'NT3', field: 'level', before: 'insufficient', after: 'no_change' },
    ]);
    // the CMS report, not submitted, has nothing to flag
    expect(d.call('drafts.changes', { reportId: CMS15 })).toEqual([]);
  });

  it('answers that belong to a report alone; a new CMS draft starts from the last one’s own answers, carried over until confirmed', async () => {
    const d = await desk();
    d.call('meetings.save', { id: 'cms:cop16', start: '2029-03-10', end: '2029-03-16' });
    const q2 = 'cms:nr:2';
    d.call('drafts.answer', { reportId: CMS15, questionId: q2, text: 'Yes: the NBSAP has a chapter on flyways.' });
    expect(d.question(CMS15, q2)).toMatchObject({ state: 'here', answer: { text: 'Yes: the NBSAP has a chapter on flyways.', carriedFrom: null } });
    const next = 'cms:national-report__cms:cop16';
    const fresh = d.draft(next);
    expect(fresh.previousReportId).toBe(CMS15);
    expect(fresh.counts.here + fresh.counts.carried).toBe(0);
    const started = d.call('drafts.start', { reportId: next });
    const carried = started.sections.flatMap((s) => s.questions).find((q) => q.id === q2)!;
    expect(carried).toMatchObject({ state: 'carried', answer: { text: 'Yes: the NBSAP has a chapter on flyways.', carriedFrom: CMS15 } });
    expect(started.counts.carried).toBe(1);
    const confirmed = d.call('drafts.answer', { reportId: next, questionId: q2, text: carried.answer!.text });
    expect(confirmed.counts).toMatchObject({ carried: 0, here: 1 });
  });

  it('refuses a value of an unknown indicator, a year outside 1990–2050, a binary answer that is not an option, another unit, a level outside the list, and an answer to another report’s question — changing nothing', async () => {
    const d = await desk();
    const nt3 = d.target();
    d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.2, unit: '%' });
    expect(d.refuse('indicators.saveValue', { indicatorId: 'gbf:HI:99.9', year: 2024, value: 1 }).issues).toEqual([{ path: 'indicatorId', code: 'indicator_unknown' }]);
    expect(d.refuse('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 1989, value: 1 }).issues).toEqual([{ path: 'year', code: 'year_range' }]);
    expect(d.refuse('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2051, value: 1 }).issues).toEqual([{ path: 'year', code: 'year_range' }]);
    expect(d.refuse('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2025, value: 120000, unit: 'km²' }).issues).toEqual([{ path: 'unit', code: 'unit_mismatch' }]);
    expect(d.refuse('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2025, value: 'lots' as never }).issues).toEqual([{ path: 'value', code: 'number_invalid' }]);
    const binary = d.call('indicators.catalog', {}).find((i) => i.kind === 'binary' && i.questions.length > 0)!;
    const q = binary.questions[0];
    expect(d.refuse('indicators.saveValue', { indicatorId: binary.id, year: 2024, question: q.number, answer: 'maybe' }).issues).toEqual([{ path: 'answer', code: 'answer_invalid' }]);
    d.call('indicators.saveValue', { indicatorId: binary.id, year: 2024, question: q.number, answer: q.options[0] });
    expect(d.refuse('progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'great' as never }).issues).toEqual([{ path: 'level', code: 'progress_level_invalid' }]);
    expect(d.refuse('drafts.answer', { reportId: CBD7, questionId: 'cms:nr:2', text: 'x' }).issues).toEqual([{ path: 'questionId', code: 'question_not_in_report' }]);
    expect(d.refuse('drafts.answer', { reportId: CBD7, questionId: 'cbd:nr7:III.1', text: 'x' }).issues).toEqual([{ path: 'questionId', code: 'invalid' }]);
    expect(d.refuse('drafts.answer', { reportId: 'ramsar:national-report__ramsar:cop16', questionId: 'ramsar:nr:2.A', text: 'x' }).issues).toEqual([{ path: 'reportId', code: 'not_member' }]);
  });

  it('two desks: the CBD focal point records Section III, the CMS focal point sees it in the CMS draft after a bundle, and answers there', async () => {
    const cbd = await desk();
    const cms = await desk();
    const nt3 = cbd.target();
    cbd.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 17.2, unit: '%' });
    cbd.call('progress.save', { nationalTargetId: nt3, asOf: '2025-12-31', level: 'on_track', summary: 'On course for 30% by 2030' });
    cms.call('sync.import', { content: cbd.call('sync.export', {}).content });
    const seen = cms.question(CMS15, 'cms:nr:3').items.find((i) => i.itemId === 'cms:T2.2')!;
    expect(seen.targets).toEqual([expect.objectContaining({ code: 'NT3', level: 'on_track' })]);
    expect(cms.question(CBD7, 'cbd:nr7:III.1').targets[0].changed).toMatchObject({ here: false });
    cms.call('drafts.answer', { reportId: CMS15, questionId: 'cms:nr:4', text: 'Power lines on the flyway insulated' });
    cbd.call('sync.import', { content: cms.call('sync.export', {}).content });
    expect(cbd.question(CMS15, 'cms:nr:4')).toMatchObject({ state: 'here', answer: { text: 'Power lines on the flyway insulated' } });
  });
});
