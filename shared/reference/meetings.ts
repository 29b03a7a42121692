import type { Confidence } from './types.ts';

// Meetings of the governing bodies that reporting deadlines hang on, as shipped (from
// ../shared/reference/reference-facts.json `meetings`). The desk will keep them as synced data a
// user corrects; these are the starting values. A date not set is null, never guessed.

export interface MeetingRef {
  /** stable id: convention or instrument, body, number ("cms:cop15", "cms:aewa:mop9") */
  id: string;
  convention: string;
  instrumentId: string | null;
  body: 'cop' | 'mop';
  number: number;
  place: string;
  /** the year it is held, even when the days are not known */
  year: number;
  start: string | null;
  end: string | null;
  /** the secretariat has announced the dates (not only reported by the press) */
  datesConfirmed: boolean;
  confidence: Confidence;
  source: string;
}

export const meetings: readonly MeetingRef[] = [
  { id: 'cbd:cop17', convention: 'cbd', instrumentId: null, body: 'cop', number: 17, place: 'Yerevan, Armenia', year: 2026, start: '2026-10-18', end: '2026-10-30', datesConfirmed: false, confidence: 'medium', source: 'press reports citing Armenia’s ministry' },
  { id: 'cms:cop15', convention: 'cms', instrumentId: null, body: 'cop', number: 15, place: 'Campo Grande, Brazil', year: 2026, start: '2026-03-23', end: '2026-03-29', datesConfirmed: true, confidence: 'high', source: 'cms.int' },
  { id: 'cites:cop20', convention: 'cites', instrumentId: null, body: 'cop', number: 20, place: 'Samarkand, Uzbekistan', year: 2025, start: '2025-11-24', end: '2025-12-05', datesConfirmed: true, confidence: 'high', source: 'cites.org' },
  { id: 'ramsar:cop15', convention: 'ramsar', instrumentId: null, body: 'cop', number: 15, place: 'Victoria Falls, Zimbabwe', year: 2025, start: '2025-07-23', end: '2025-07-31', datesConfirmed: true, confidence: 'high', source: 'ramsar.org' },
  { id: 'ramsar:cop16', convention: 'ramsar', instrumentId: null, body: 'cop', number: 16, place: 'Panama', year: 2028, start: null, end: null, datesConfirmed: false, confidence: 'medium', source: 'press (Panama)' },
  { id: 'cms:aewa:mop9', convention: 'cms', instrumentId: 'cms:aewa', body: 'mop', number: 9, place: 'Bonn, Germany', year: 2025, start: '2025-11-11', end: '2025-11-14', datesConfirmed: true, confidence: 'medium', source: 'unep-aewa.org' },
];
