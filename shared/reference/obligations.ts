import type { Confidence } from './types.ts';

// Reporting obligations as rules, not dates (../shared/reference/reference-facts.json
// `reporting_obligations` and the corrections in its README). A date set by a decision is
// official; a date computed from a rule or from a meeting is an estimate and is shown as such.

export type DueRule =
  /** dates set by a decision, one per report */
  | { kind: 'fixed'; dates: readonly { period: string; due: string; confidence: Confidence }[] }
  /** a day of the year after the year the report covers ("31 October of the year after") */
  | { kind: 'yearAfter'; month: number; day: number }
  /** so many months (or days) before each meeting of a body (its first day, or its last where the practice is so) */
  | { kind: 'beforeMeeting'; body: 'cop' | 'mop'; instrumentId: string | null; months: number; days?: number; anchor: 'start' | 'end'; known?: readonly { meetingId: string; due: string; confidence: Confidence }[] }
  /** no date the desk can compute: a regional schedule, a notification, an event */
  | { kind: 'unscheduled'; why: 'regional_schedule' | 'notification' | 'as_events_occur' | 'governing_body' | 'site_cycle' };

export interface ObligationRule {
  id: string;
  convention: string;
  instrumentId: string | null;
  rule: DueRule;
  basis: string;
  confidence: Confidence;
}

export const obligationRules: readonly ObligationRule[] = [
  {
    id: 'cbd:national-report',
    convention: 'cbd',
    instrumentId: null,
    rule: { kind: 'fixed', dates: [{ period: '7', due: '2026-02-28', confidence: 'high' }, { period: '8', due: '2029-06-30', confidence: 'high' }] },
    basis: 'CBD Art. 26; decision 15/6',
    confidence: 'high',
  },
  { id: 'cbd:nbsap', convention: 'cbd', instrumentId: null, rule: { kind: 'unscheduled', why: 'notification' }, basis: 'requested by COP16 (2024): as soon as possible', confidence: 'medium' },
  {
    id: 'cbd:cartagena:national-report',
    convention: 'cbd',
    instrumentId: 'cbd:cartagena',
    rule: { kind: 'fixed', dates: [{ period: '5', due: '2026-02-28', confidence: 'high' }] },
    basis: 'Cartagena Protocol Art. 33; decision CP-10/9',
    confidence: 'high',
  },
  {
    id: 'cbd:nagoya:national-report',
    convention: 'cbd',
    instrumentId: 'cbd:nagoya',
    rule: { kind: 'fixed', dates: [{ period: '1', due: '2026-02-28', confidence: 'medium' }] },
    basis: 'Nagoya Protocol Art. 29; decision NP-4/3',
    confidence: 'medium',
  },
  { id: 'cites:annual-trade', convention: 'cites', instrumentId: null, rule: { kind: 'yearAfter', month: 10, day: 31 }, basis: 'Res. Conf. 11.17', confidence: 'high' },
  { id: 'cites:illegal-trade', convention: 'cites', instrumentId: null, rule: { kind: 'yearAfter', month: 10, day: 31 }, basis: 'Res. Conf. 11.17', confidence: 'high' },
  {
    id: 'cites:implementation',
    convention: 'cites',
    instrumentId: null,
    rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 12, anchor: 'start' },
    basis: 'Art. VIII.7(b): one year before each CoP',
    confidence: 'medium',
  },
  { id: 'cms:national-report', convention: 'cms', instrumentId: null, rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 6, anchor: 'start' }, basis: 'Resolution 12.5', confidence: 'high' },
  // submissions before a meeting: the Convention's own deadlines for proposals to amend the appendices,
  // and the Rules of Procedure's for draft resolutions (the days count back from the meeting's first day)
  {
    id: 'cms:appendix-proposals',
    convention: 'cms',
    instrumentId: null,
    rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 0, days: 150, anchor: 'start' },
    basis: 'CMS Art. XI.2: at least 150 days before the COP',
    confidence: 'high',
  },
  {
    id: 'cms:draft-resolutions',
    convention: 'cms',
    instrumentId: null,
    rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 0, days: 60, anchor: 'start' },
    basis: 'COP Rules of Procedure: draft resolutions and decisions 60 days before the COP',
    confidence: 'medium',
  },
  {
    id: 'cites:appendix-proposals',
    convention: 'cites',
    instrumentId: null,
    rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 0, days: 150, anchor: 'start' },
    basis: 'CITES Art. XV.1(a): at least 150 days before the CoP',
    confidence: 'high',
  },
  {
    id: 'cms:aewa:national-report',
    convention: 'cms',
    instrumentId: 'cms:aewa',
    rule: { kind: 'beforeMeeting', body: 'mop', instrumentId: 'cms:aewa', months: 6, anchor: 'end', known: [{ meetingId: 'cms:aewa:mop9', due: '2025-05-14', confidence: 'medium' }] },
    basis: 'AEWA Art. V.1(c)',
    confidence: 'medium',
  },
  {
    id: 'ramsar:national-report',
    convention: 'ramsar',
    instrumentId: null,
    rule: { kind: 'beforeMeeting', body: 'cop', instrumentId: null, months: 9, anchor: 'start', known: [{ meetingId: 'ramsar:cop15', due: '2024-10-20', confidence: 'high' }] },
    basis: 'set by Secretariat notification, about nine months before the COP',
    confidence: 'high',
  },
  { id: 'ramsar:ris', convention: 'ramsar', instrumentId: null, rule: { kind: 'unscheduled', why: 'site_cycle' }, basis: 'each site’s RIS updated at least every six years', confidence: 'high' },
  { id: 'ramsar:art32', convention: 'ramsar', instrumentId: null, rule: { kind: 'unscheduled', why: 'as_events_occur' }, basis: 'Art. 3.2', confidence: 'medium' },
  { id: 'whc:periodic', convention: 'whc', instrumentId: null, rule: { kind: 'unscheduled', why: 'regional_schedule' }, basis: 'Art. 29; Committee schedule', confidence: 'medium' },
  { id: 'whc:state-of-conservation', convention: 'whc', instrumentId: null, rule: { kind: 'unscheduled', why: 'governing_body' }, basis: 'for properties the Committee asks about; deadline in its decision', confidence: 'low' },
  { id: 'itpgrfa:compliance', convention: 'itpgrfa', instrumentId: null, rule: { kind: 'unscheduled', why: 'governing_body' }, basis: 'Compliance Procedures, Section V', confidence: 'high' },
  { id: 'ippc:nro', convention: 'ippc', instrumentId: null, rule: { kind: 'unscheduled', why: 'as_events_occur' }, basis: 'National Reporting Obligations', confidence: 'medium' },
  { id: 'iwc:progress', convention: 'iwc', instrumentId: null, rule: { kind: 'unscheduled', why: 'governing_body' }, basis: 'Scientific Committee', confidence: 'low' },
];

/** Deadlines for what a Party submits before a meeting (not reports): shown with the meeting's agenda too. */
export const SUBMISSION_OBLIGATIONS: ReadonlySet<string> = new Set(['cms:appendix-proposals', 'cms:draft-resolutions', 'cites:appendix-proposals']);
