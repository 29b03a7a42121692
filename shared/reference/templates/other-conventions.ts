import type { AnswerSource, ReportTemplate, TemplateQuestion } from './types.ts';

// The parts of the CMS, Ramsar and CITES report formats that ask what the CBD report asks: national targets,
// the strategic-plan targets they serve, indicators, actions. Not the whole forms. None of the three forms
// could be read, so titles paraphrase what is known of them and every template is low confidence; the
// questions are numbered by the desk, not by the forms.

const question = (templateId: string) => (number: string, title: string, answer: AnswerSource): TemplateQuestion => ({ id: `${templateId}:${number}`, number, title, answer });
const text: AnswerSource = { kind: 'text' };

// --- CMS -------------------------------------------------------------------------------------------------

const CMS_ID = 'cms:nr';
const cms = question(CMS_ID);

// Samarkand Strategic Plan 2024-2032 (frameworks/cms.ts); 3.4, 3.5, 4.2 and 4.3 are inferred there
const CMS_TARGETS = [
  'cms:T1.1', 'cms:T1.2', 'cms:T1.3', 'cms:T2.1', 'cms:T2.2', 'cms:T2.3', 'cms:T3.1', 'cms:T3.2', 'cms:T3.3', 'cms:T3.4', 'cms:T3.5',
  'cms:T4.1', 'cms:T4.2', 'cms:T4.3', 'cms:T5.1', 'cms:T5.2', 'cms:T5.3', 'cms:T5.4', 'cms:T6.1', 'cms:T6.2', 'cms:T6.3', 'cms:T6.4',
];

export const cmsNationalReport: ReportTemplate = {
  id: CMS_ID,
  obligationId: 'cms:national-report',
  periods: [],
  title: 'CMS national report',
  source:
    'Not the form itself: the COP14 format (adopted by the 52nd Standing Committee under Decision 13.14, filled in the Online Reporting System, ' +
    'ors.cms.int; CMS notification 2022/019) could not be read. Decision 12.5 and the COP12 documents ask that the format follow the Strategic Plan ' +
    'for Migratory Species; questions 2, 4 and 5 paraphrase questions of the earlier format quoted on the CMS Strategic Plan working group pages ' +
    '(cms.int/en/page/t13-g-spwg-cv, t7-g-spwg-cv). Mapped to the Samarkand Strategic Plan 2024-2032, the plan the COP15 format is to follow.',
  confidence: 'low',
  sections: [
    {
      id: `${CMS_ID}:policy`,
      number: 'A',
      title: 'National policies, plans and targets for migratory species',
      questions: [
        cms('1', 'National targets that contribute to the Strategic Plan for Migratory Species', { kind: 'nationalTargets' }),
        cms('2', "Are migratory species and their habitats addressed by your country's national biodiversity strategy or action plan? If yes, briefly describe the extent.", text),
      ],
    },
    {
      id: `${CMS_ID}:plan`,
      number: 'B',
      title: 'Progress towards the targets of the Strategic Plan for Migratory Species',
      questions: [
        cms('3', 'Progress towards each target of the Strategic Plan for Migratory Species', { kind: 'frameworkProgress', items: CMS_TARGETS }),
        cms('4', 'Actions taken to prevent, reduce or control factors that endanger migratory species, and the progress or success of those actions', text),
        // Red List Index, extent of natural ecosystems, protected-area coverage: the GBF indicators CMS reports rest on
        cms('5', 'Indicator data on the status of migratory species and their habitats', { kind: 'indicatorData', indicators: ['gbf:HI:A.3', 'gbf:HI:A.2', 'gbf:HI:3.1'] }),
        cms('6', 'Factors that limit action, and needs for capacity and resources', text),
      ],
    },
  ],
};

// --- Ramsar ----------------------------------------------------------------------------------------------

const RAMSAR_ID = 'ramsar:nr';
const ramsar = question(RAMSAR_ID);

// the COP15 reports (due 2024) covered the Fourth Strategic Plan 2016-2024; the fifth plan is incomplete in frameworks/ramsar.ts
const RAMSAR_SP4_TARGETS = Array.from({ length: 19 }, (_, n) => `ramsar:sp4:T${n + 1}`);

export const ramsarNationalReport: ReportTemplate = {
  id: RAMSAR_ID,
  obligationId: 'ramsar:national-report',
  periods: [],
  title: 'National report on the implementation of the Ramsar Convention on Wetlands',
  source:
    'Not the form itself: the COP15 National Report Format could not be read. Structure as in the earlier formats (COP10-COP12 formats seen in ' +
    'copies on docslib.org and studylib.net): indicator questions grouped by the targets of the Strategic Plan, an optional annex per Ramsar Site; ' +
    'the optional annex on national targets and the answer options (Yes, No, Partially, Planned) are recalled from the COP13/COP14 formats, unverified. ' +
    'Mapped to the Fourth Strategic Plan 2016-2024, which the COP15 reports covered.',
  confidence: 'low',
  sections: [
    {
      id: `${RAMSAR_ID}:summary`,
      number: '2',
      title: 'General summary of national implementation progress and challenges',
      questions: [
        ramsar('2.A', 'What have been the most successful aspects of implementation of the Convention?', text),
        ramsar('2.B', 'What have been the greatest difficulties in implementing the Convention?', text),
      ],
    },
    {
      id: `${RAMSAR_ID}:indicators`,
      number: '3',
      title: 'Indicator questions and further implementation information',
      questions: [
        ramsar('3.T', 'Progress towards each target of the Strategic Plan 2016-2024', { kind: 'frameworkProgress', items: RAMSAR_SP4_TARGETS }),
        ramsar('3.1', 'Have wetland issues been incorporated into national biodiversity strategies and action plans (NBSAPs) developed under the CBD?', {
          kind: 'option',
          options: ['Yes', 'No', 'Partially', 'Planned'],
        }),
        // wetland extent and condition, protected and restored wetlands, nutrient pollution
        ramsar('3.I', 'Indicator data on the extent and condition of wetlands', { kind: 'indicatorData', indicators: ['gbf:HI:A.1', 'gbf:HI:A.2', 'gbf:HI:2.2', 'gbf:HI:3.1', 'gbf:HI:7.1'] }),
      ],
    },
    {
      id: `${RAMSAR_ID}:targets`,
      number: '4',
      title: 'National targets for the implementation of the Strategic Plan (optional)',
      questions: [
        ramsar('4.1', 'National targets for each target of the Strategic Plan', { kind: 'nationalTargets' }),
        ramsar('4.2', 'Planned national activities and outcomes achieved', text),
      ],
    },
  ],
};

// --- CITES -----------------------------------------------------------------------------------------------

const CITES_ID = 'cites:ir';
const cites = question(CITES_ID);

// Strategic Vision 2021-2030 objectives (frameworks/cites.ts lists none for goal 5)
const CITES_OBJECTIVES = [
  'cites:O1.1', 'cites:O1.2', 'cites:O1.3', 'cites:O1.4', 'cites:O1.5', 'cites:O2.1', 'cites:O2.2', 'cites:O2.3', 'cites:O2.4', 'cites:O2.5',
  'cites:O3.1', 'cites:O3.2', 'cites:O3.3', 'cites:O3.4', 'cites:O3.5', 'cites:O3.6', 'cites:O3.7', 'cites:O3.8', 'cites:O4.1', 'cites:O4.2', 'cites:O4.3', 'cites:O4.4',
];

export const citesImplementationReport: ReportTemplate = {
  id: CITES_ID,
  obligationId: 'cites:implementation',
  periods: [],
  title: 'CITES implementation report',
  source:
    'Not the current form: the implementation report format of Resolution Conf. 11.17 for the Strategic Vision 2021-2030 could not be read. ' +
    'The 2008-2020 format (copy at docest.com/implementation-report-format) follows the structure of the Strategic Vision to collect information ' +
    'for its indicators, and the report covers the measures of Article VIII, paragraph 7 (b); questions paraphrase those, mapped to the ' +
    'Strategic Vision 2021-2030 objectives.',
  confidence: 'low',
  sections: [
    {
      id: `${CITES_ID}:vision`,
      number: 'A',
      title: 'Implementation of the CITES Strategic Vision 2021-2030',
      questions: [
        cites('1', 'Measures taken towards each objective of the Strategic Vision', { kind: 'frameworkProgress', items: CITES_OBJECTIVES }),
        cites('2', 'Legislative, regulatory and administrative measures taken to enforce the provisions of the Convention', text),
        cites('3', 'National targets that concern international trade in wild fauna and flora', { kind: 'nationalTargets' }),
        cites('4', 'Are CITES matters included in the national biodiversity strategy and action plan, and do the CITES authorities take part in preparing it?', text),
        // sustainable use of wild species and the status of listed species
        cites('5', 'Indicator data on the status and sustainable use of species in trade', { kind: 'indicatorData', indicators: ['gbf:HI:A.3', 'gbf:HI:5.1', 'gbf:HI:9.1'] }),
        cites('6', 'Difficulties encountered in implementing the Convention and needs for capacity building', text),
      ],
    },
  ],
};
