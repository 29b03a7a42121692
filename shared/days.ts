/** Today's date in the desk's local time zone, as YYYY-MM-DD (what designation dates are). */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date so many days later (earlier when negative), without time-zone surprises. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function dayBefore(date: string): string {
  return addDays(date, -1);
}

export function isActiveOn(d: { startDate: string | null; endDate: string | null }, day: string): boolean {
  return (!d.startDate || d.startDate <= day) && (!d.endDate || d.endDate >= day);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (for positions on a time axis). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** The number of days in a month ("2028-02" → 29). */
export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
