import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openDesk, TestDesk } from '../helpers/desk.ts';
import { sheetsWithLibreOffice } from '../helpers/libreoffice.ts';

// The report pack opened by LibreOffice, which no one here wrote: one sheet per section, Section
// III one row per national target, the indicator data in long form, in the language asked for.

const CBD7 = 'cbd:national-report__7';

async function deskWithData() {
  const d = await openDesk(TestDesk);
  d.call('membership.set', { instrumentId: 'cbd', status: 'party' });
  const amina = d.person('Amina Diallo');
  const targets = [
    { code: 'NT1', title: 'Spatial planning for all land, "including" coasts', item: 'gbf:T1', level: 'on_track' as const },
    { code: 'NT3', title: 'Protect 30% of land and waters', item: 'gbf:T3', level: 'insufficient' as const },
    { code: 'NT6', title: 'Halve the introduction of invasive species', item: 'gbf:T6', level: 'no_change' as const },
  ];
  for (const x of targets) {
    const t = d.call('targets.create', { code: x.code, title: x.title, headlineIndicatorIds: x.item === 'gbf:T3' ? ['gbf:HI:3.1'] : [] });
    d.call('alignments.set', { nationalTargetId: t.id, frameworkItemId: x.item, degree: 'high' });
    d.call('progress.save', { nationalTargetId: t.id, asOf: '2025-12-31', level: x.level, summary: `${x.code}: summary, with a comma`, actions: 'Line one\nline two', assessedById: amina });
  }
  for (const [year, value] of [[2022, 14.8], [2024, 17.2]] as const) d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year, value, unit: '%', source: 'Protected areas registry', confidence: 'high' });
  d.call('indicators.saveValue', { indicatorId: 'gbf:HI:3.1', year: 2024, value: 9.1, unit: '%', disaggregation: 'marine', source: 'Protected areas registry' });
  d.call('drafts.answer', { reportId: CBD7, questionId: 'cbd:nr7:I.1', text: 'Prepared by the NBSAP working group; validated in a national workshop.' });
  return d;
}

describe('the report pack', () => {
  it('opens in LibreOffice with every section, a row per national target and the indicator data in long form', async () => {
    const d = await deskWithData();
    const file = await d.invoke('drafts.pack', { reportId: CBD7, format: 'xlsx', language: 'en' });
    expect(file.fileName).toMatch(/^cbd-nr7-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const sheets = sheetsWithLibreOffice(Buffer.from(file.dataBase64, 'base64'));
    expect(Object.keys(sheets).sort()).toEqual(['Indicator data', 'Section I', 'Section II', 'Section III', 'Section IV', 'Section V', 'Section Other information'].sort());
    const s3 = sheets['Section III'];
    expect(s3[0]).toEqual(['National target', 'Title', 'Level of progress', 'Actions taken', 'Summary of progress', 'Challenges and needs', 'Effectiveness of measures', 'Indicators used', 'Assessed as of', 'Assessed by']);
    expect(s3.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[7], r[8], r[9]])).toEqual([
      ['NT1', 'Spatial planning for all land, "including" coasts', 'On track to achieve the target', 'NT1: summary, with a comma', '', '2025-12-31', 'Amina Diallo'],
      ['NT3', 'Protect 30% of land and waters', 'Progress towards the target but at an insufficient rate', 'NT3: summary, with a comma', '3.1', '2025-12-31', 'Amina Diallo'],
      ['NT6', 'Halve the introduction of invasive species', 'No significant change', 'NT6: summary, with a comma', '', '2025-12-31', 'Amina Diallo'],
    ]);
    expect(s3[1][3]).toBe('Line one\nline two');
    expect(sheets['Section I'][1]).toEqual(['I.1', expect.stringMatching(/preparation of this report/), 'Prepared by the NBSAP working group; validated in a national workshop.', 'Answered in this report']);
    const data = sheets['Indicator data'];
    expect(data[0].slice(0, 4)).toEqual(['Indicator', 'Year', 'Value', 'Unit']);
    expect(data.slice(1).map((r) => [r[0], r[1], r[2], r[3], r[6]]).sort()).toEqual([
      ['3.1', '2022', '14.8', '%', ''],
      ['3.1', '2024', '17.2', '%', ''],
      ['3.1', '2024', '9.1', '%', 'marine'],
    ]);
  });

  it('writes headers and levels in the language asked for, codes as the frameworks write them; the CSV holds the indicator data', async () => {
    const d = await deskWithData();
    const fr = sheetsWithLibreOffice(Buffer.from((await d.invoke('drafts.pack', { reportId: CBD7, format: 'xlsx', language: 'fr' })).dataBase64, 'base64'));
    const s3 = Object.entries(fr).find(([name]) => name.endsWith('III'))![1];
    expect(s3[0][0]).not.toBe('National target');
    expect(s3[2][0]).toBe('NT3');
    expect(s3[2][2]).not.toMatch(/insufficient rate/);
    const csv = await d.invoke('drafts.pack', { reportId: CBD7, format: 'csv', language: 'en' });
    const rows = Papa.parse<string[]>(Buffer.from(csv.dataBase64, 'base64').toString('utf8').replace(/^\uFEFF/, '')).data.filter((r) => r.length > 1);
    expect(rows.length).toBe(4);
    expect(rows[1].slice(0, 3)).toEqual(['3.1', '2022', '14.8']);
  });
});
