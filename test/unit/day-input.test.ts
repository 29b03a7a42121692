import { describe, expect, it } from 'vitest';
import { formatDayInput, parseDayInput, partOrder } from '../../renderer/ui/dates.ts';

// Date fields follow the interface language: written and read in its numeric form, ISO accepted.

describe('a day typed in the interface language', () => {
  it('is written in each language’s order and digits', () => {
    expect(formatDayInput('2026-12-31', 'fr')).toBe('31/12/2026');
    expect(formatDayInput('2026-12-31', 'en')).toBe('12/31/2026');
    expect(formatDayInput('2026-12-31', 'zh')).toBe('2026/12/31');
    expect(formatDayInput('2026-12-31', 'ru')).toBe('31.12.2026');
    expect(partOrder('es')).toEqual(['day', 'month', 'year']);
    expect(formatDayInput('', 'fr')).toBe('');
  });

  it('reads back what it writes, in every language, Arabic-Indic digits included', () => {
    for (const language of ['en', 'fr', 'es', 'ar', 'ru', 'zh']) {
      for (const day of ['2026-01-02', '2026-12-31', '2028-02-29']) expect(parseDayInput(formatDayInput(day, language), language), `${language} ${day}`).toBe(day);
    }
    expect(parseDayInput('٣١/١٢/٢٠٢٦', 'ar')).toBe('2026-12-31');
  });

  it('accepts ISO in any language, and refuses what is not a day', () => {
    expect(parseDayInput('2026-05-01', 'fr')).toBe('2026-05-01');
    expect(parseDayInput('1/5/2026', 'fr')).toBe('2026-05-01');
    expect(parseDayInput('1/5/2026', 'en')).toBe('2026-01-05');
    expect(parseDayInput('  ', 'en')).toBe('');
    for (const bad of ['31/02/2026', '2026-13-01', '12/2026', 'demain', '1/1/26']) expect(parseDayInput(bad, 'fr'), bad).toBeNull();
  });
});
