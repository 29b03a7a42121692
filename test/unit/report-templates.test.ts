import { describe, expect, it } from 'vitest';
import { PROGRESS_LEVELS } from '../../shared/model/progress.ts';
import { frameworkItem } from '../../shared/reference/frameworks/index.ts';
import { obligationRules } from '../../shared/reference/obligations.ts';
import {
  CBD_NR7_TARGET_FIELDS,
  CBD_PROGRESS_LEVELS,
  cbdNr7,
  citesImplementationReport,
  cmsNationalReport,
  ramsarNationalReport,
  reportTemplates,
  templateFor,
  templateQuestion,
  type ReportTemplate,
  type TemplateQuestion,
} from '../../shared/reference/templates/index.ts';

const questionsOf = (t: ReportTemplate): TemplateQuestion[] => t.sections.flatMap((s) => s.questions);
const allQuestions = reportTemplates.flatMap(questionsOf);

/** The framework each template's frameworkProgress items must come from. */
const FRAMEWORK_OF: Record<string, string> = { 'cbd:nr7': 'gbf', 'cms:nr': 'cms-spms', 'ramsar:nr': 'ramsar-sp4', 'cites:ir': 'cites-sv' };

describe('report templates', () => {
  it('lists the four templates, each with a source and a confidence', () => {
    expect(reportTemplates.map((t) => t.id)).toEqual(['cbd:nr7', 'cms:nr', 'ramsar:nr', 'cites:ir']);
    for (const t of reportTemplates) {
      expect(t.source.length, t.id).toBeGreaterThan(40);
      expect(['high', 'medium', 'low']).toContain(t.confidence);
      expect(t.title.length).toBeGreaterThan(0);
    }
    // the other forms could not be read
    expect([cmsNationalReport, ramsarNationalReport, citesImplementationReport].map((t) => t.confidence)).toEqual(['low', 'low', 'low']);
  });

  it('keeps template, section and question ids unique, questions prefixed by their template id', () => {
    const ids = [...reportTemplates.map((t) => t.id), ...reportTemplates.flatMap((t) => t.sections.map((s) => s.id)), ...allQuestions.map((q) => q.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of reportTemplates) {
      for (const s of t.sections) {
        expect(s.id.startsWith(`${t.id}:`), s.id).toBe(true);
        expect(s.questions.length, s.id).toBeGreaterThan(0);
        for (const q of s.questions) {
          expect(q.id, q.id).toBe(`${t.id}:${q.number}`);
          expect(q.title.trim().length, q.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('names only existing obligations', () => {
    const obligations = new Set(obligationRules.map((o) => o.id));
    for (const t of reportTemplates) expect(obligations.has(t.obligationId), t.obligationId).toBe(true);
    expect(cmsNationalReport.obligationId).toBe('cms:national-report');
    expect(ramsarNationalReport.obligationId).toBe('ramsar:national-report');
    expect(citesImplementationReport.obligationId).toBe('cites:implementation');
  });

  it('names only existing framework items and indicators, from the convention’s own framework', () => {
    for (const t of reportTemplates) {
      for (const q of questionsOf(t)) {
        const a = q.answer;
        if (a.kind === 'frameworkProgress') {
          expect(a.items.length, q.id).toBeGreaterThan(0);
          expect(new Set(a.items).size, q.id).toBe(a.items.length);
          for (const id of a.items) {
            const item = frameworkItem(id);
            expect(item, `${q.id} → ${id}`).toBeDefined();
            expect(item!.framework, `${q.id} → ${id}`).toBe(FRAMEWORK_OF[t.id]);
            expect(item!.kind).not.toBe('indicator');
          }
        }
        if (a.kind === 'indicatorData') {
          expect(a.indicators.length, q.id).toBeGreaterThan(0);
          for (const id of a.indicators) expect(frameworkItem(id)?.kind, `${q.id} → ${id}`).toBe('indicator');
        }
        if (a.kind === 'option') {
          expect(a.options.length, q.id).toBeGreaterThan(1);
          expect(new Set(a.options).size, q.id).toBe(a.options.length);
        }
      }
    }
  });

  it('gives each of the other conventions the questions it shares with the CBD report', () => {
    for (const t of [cmsNationalReport, ramsarNationalReport, citesImplementationReport]) {
      const kinds = questionsOf(t).map((q) => q.answer.kind);
      expect(kinds, t.id).toContain('frameworkProgress');
      expect(kinds, t.id).toContain('nationalTargets');
      expect(kinds, t.id).toContain('indicatorData');
      expect(kinds, t.id).toContain('text');
      expect(kinds.length, t.id).toBeGreaterThanOrEqual(5);
      expect(kinds.length, t.id).toBeLessThanOrEqual(10);
      expect(t.periods).toEqual([]);
    }
  });
});

describe('CBD 7th national report', () => {
  it('has Sections I-V and 15-30 questions', () => {
    expect(cbdNr7.sections.slice(0, 5).map((s) => s.number)).toEqual(['I', 'II', 'III', 'IV', 'V']);
    const n = questionsOf(cbdNr7).length;
    expect(n).toBeGreaterThanOrEqual(15);
    expect(n).toBeLessThanOrEqual(30);
  });

  it('asks for target progress once, in Section III, and covers every GBF goal and target', () => {
    const section = (n: string) => cbdNr7.sections.find((s) => s.number === n)!;
    expect(section('III').questions.filter((q) => q.answer.kind === 'targetProgress')).toHaveLength(1);
    expect(questionsOf(cbdNr7).filter((q) => q.answer.kind === 'targetProgress')).toHaveLength(1);
    expect(section('II').questions.some((q) => q.answer.kind === 'nationalTargets')).toBe(true);
    const items = questionsOf(cbdNr7).flatMap((q) => (q.answer.kind === 'frameworkProgress' ? q.answer.items : []));
    const expected = ['gbf:A', 'gbf:B', 'gbf:C', 'gbf:D', ...Array.from({ length: 23 }, (_, n) => `gbf:T${n + 1}`)];
    expect([...items].sort()).toEqual([...expected].sort());
    // Section IV of the tool is per goal
    const iv = section('IV').questions.find((q) => q.answer.kind === 'frameworkProgress')!;
    expect(iv.answer).toEqual({ kind: 'frameworkProgress', items: ['gbf:A', 'gbf:B', 'gbf:C', 'gbf:D'] });
  });

  it('has the six progress levels, in the order of the desk’s levels', () => {
    expect(CBD_PROGRESS_LEVELS.map((l) => l.level)).toEqual([...PROGRESS_LEVELS]);
    const codes = CBD_PROGRESS_LEVELS.map((l) => l.value).filter((v) => v !== null);
    expect(codes).toHaveLength(5);
    for (const c of codes) expect(c).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(CBD_PROGRESS_LEVELS.find((l) => l.level === 'unknown')!.value).toBeNull();
  });

  it('maps each Section III field to a progress-record field once', () => {
    const progress = CBD_NR7_TARGET_FIELDS.map((f) => f.progress);
    expect(new Set(progress).size).toBe(progress.length);
    expect([...progress].sort()).toEqual(['actions', 'challenges', 'effectiveness', 'indicatorIds', 'level', 'summary']);
  });
});

describe('template look-up', () => {
  it('finds the template of a period, else the one for every period', () => {
    expect(templateFor('cbd:national-report', '7')).toBe(cbdNr7);
    expect(templateFor('cbd:national-report', '8')).toBeUndefined();
    expect(templateFor('cms:national-report', 'cms:cop15')).toBe(cmsNationalReport);
    expect(templateFor('ramsar:national-report', 'ramsar:cop16')).toBe(ramsarNationalReport);
    expect(templateFor('cites:implementation', 'cites:cop20')).toBe(citesImplementationReport);
    expect(templateFor('cites:annual-trade', '2024')).toBeUndefined();
  });

  it('finds a question by id', () => {
    expect(templateQuestion('cbd:nr7:III.1')?.answer.kind).toBe('targetProgress');
    expect(templateQuestion('cbd:nr7:IV.1')?.answer.kind).toBe('frameworkProgress');
    expect(templateQuestion('cbd:nr7:nope')).toBeUndefined();
    for (const q of allQuestions) expect(templateQuestion(q.id)).toBe(q);
  });
});
