import { splitReportId } from '../../../shared/model/report-ids.ts';
import type { TFunction } from 'i18next';
import { i18nKeyOf, scopeAbbreviation } from '../../../shared/reference/conventions.ts';

// How the calendar names obligations, meetings and periods in the interface language.

export function obligationTitle(t: TFunction, obligationId: string): string {
  return t(`reporting:obligations.${i18nKeyOf(obligationId)}`, { defaultValue: obligationId });
}

/** "CMS COP15", "AEWA MOP9", from a meeting id ("cms:cop15", "cms:aewa:mop9"). */
export function meetingName(t: TFunction, id: string): string {
  const parts = id.split(':');
  const last = parts.pop() ?? '';
  const body = last.startsWith('mop') ? 'mop' : 'cop';
  const scope = scopeAbbreviation(parts[0], parts.length > 1 ? parts.join(':') : null);
  return t(`reporting:meetings.name.${body}`, { convention: scope, number: last.slice(3) });
}

export function periodLabel(t: TFunction, period: string, meetingId: string | null): string {
  if (meetingId) return t('reporting:period.meeting', { meeting: meetingName(t, meetingId) });
  if (/^\d{4}$/.test(period)) return t('reporting:period.year', { year: period });
  return t('reporting:period.number', { count: Number(period), ordinal: true });
}

/** "CITES annual trade report · covering 2025" */
export function reportTitle(t: TFunction, r: { obligationId: string; period: string; meetingId: string | null }): string {
  return `${obligationTitle(t, r.obligationId)} · ${periodLabel(t, r.period, r.meetingId)}`;
}

/** "cites:annual-trade__2025" in words; a period that names a meeting ("cms:cop15") says so. */
export function reportSubject(t: TFunction, id: string): string {
  const { obligationId, period } = splitReportId(id);
  return reportTitle(t, { obligationId, period, meetingId: /:(cop|mop)\d+$/.test(period) ? period : null });
}
