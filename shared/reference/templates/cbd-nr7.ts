import type { ProgressLevel } from '../../model/progress.ts';
import type { AnswerSource, ReportTemplate, TemplateQuestion } from './types.ts';

// The CBD 7th national report (decision 16/31 template) as the Online Reporting Tool (ORT) asks it:
// github.com/scbd/online-reporting-tool, components/pages/nr7/my-country/edit/nr7-edit-section-*.vue and
// their English texts in i18n/en/components/pages/nr7/my-country/edit/*.json. Titles are those texts. The
// ORT does not number its fields, so the numbers below are the desk's, in the order the form shows them.

const TEMPLATE_ID = 'cbd:nr7';

const q = (number: string, title: string, answer: AnswerSource): TemplateQuestion => ({ id: `${TEMPLATE_ID}:${number}`, number, title, answer });
const text: AnswerSource = { kind: 'text' };

const GBF_GOALS = ['gbf:A', 'gbf:B', 'gbf:C', 'gbf:D'] as const;
const GBF_TARGETS = Array.from({ length: 23 }, (_, n) => `gbf:T${n + 1}`);
// Section IV's indicator data: the headline indicators numbered under the goals
const GBF_GOAL_HEADLINES = ['gbf:HI:A.1', 'gbf:HI:A.2', 'gbf:HI:A.3', 'gbf:HI:A.4', 'gbf:HI:B.1', 'gbf:HI:C.1', 'gbf:HI:C.2', 'gbf:HI:D.1', 'gbf:HI:D.2', 'gbf:HI:D.3'];

/**
 * The levels of Section III ("Indicate the current level of progress towards the target"). The ORT loads them
 * at run time from thesaurus domain EF99BEFD-5070-41C4-91F0-C051B338EEA6 (utils/constants.ts,
 * THESAURUS.ASSESSMENT_PROGRESS), the domain the 5th/6th reports used; the repository holds no term list.
 * The term identifiers are those SCBD's own 5NR/6NR map code uses for that domain. No identifier was found for
 * "Unknown": its value is null until one is seen. `level` is the desk's value (shared/model/progress.ts).
 */
export const CBD_PROGRESS_LEVELS = [
  { value: '884D8D8C-F2AE-4AAC-82E3-5B73CE627D45', level: 'exceed', title: 'On track to exceed target' },
  { value: 'E49EF94E-0590-486C-903B-68C5E54EC089', level: 'on_track', title: 'On track to achieve target' },
  { value: '486C27A7-6BDF-460D-92F8-312D337EC6E2', level: 'insufficient', title: 'Progress towards target but at an insufficient rate' },
  { value: '2D241E0A-1D17-4A0A-9D52-B570D34B23BF', level: 'no_change', title: 'No significant change' },
  { value: '36A174B8-085A-4363-AE11-E34163A9209C', level: 'moving_away', title: 'Moving away from target' },
  { value: null, level: 'unknown', title: 'Unknown' },
] as const satisfies readonly { value: string | null; level: ProgressLevel; title: string }[];

/**
 * The per-target fields of Section III (ORT field name → caption), and the progress-record field that answers
 * each; question III.1 stands for all of them. sdgRelationSummary has no progress field: it is III.2.
 */
export const CBD_NR7_TARGET_FIELDS = [
  { field: 'mainActionsSummary', progress: 'actions', title: 'Briefly describe the main actions taken to implement the target' },
  { field: 'levelOfProgress', progress: 'level', title: 'Indicate the current level of progress towards the target' },
  { field: 'progressSummary', progress: 'summary', title: 'Provide a summary of progress towards the target, including the main outcomes achieved' },
  { field: 'keyChallengesSummary', progress: 'challenges', title: 'Provide a summary of key challenges encountered and different approaches that may be taken for further implementation' },
  {
    field: 'actionEffectivenessSummary',
    progress: 'effectiveness',
    title: 'Provide examples or cases to illustrate the effectiveness of the actions taken to implement the target. Provide relevant hyperlinks or attach related materials or publications, as needed.',
  },
  { field: 'indicatorData', progress: 'indicatorIds', title: 'Indicator Data' },
] as const;

export const cbdNr7: ReportTemplate = {
  id: TEMPLATE_ID,
  obligationId: 'cbd:national-report',
  periods: ['7'],
  title: 'Seventh national report',
  source:
    'CBD Online Reporting Tool, github.com/scbd/online-reporting-tool: the NR7 edit forms (components/pages/nr7/my-country/edit/nr7-edit-section-I…V.vue, ' +
    'nr7-edit-section-other-information.vue), their English texts (i18n/en/components/pages/nr7/my-country/edit/*.json) and the record type ' +
    '(types/schemas/ENationalReport7.ts). Section and question titles are the form’s English texts. Medium: the form does not number its fields ' +
    '(question numbers are the desk’s, in form order); III.1 gathers the per-target fields in one question and its title is a paraphrase; ' +
    'II.8 (the national targets) and III.3 (global targets without a national target) paraphrase parts the form fills in itself.',
  confidence: 'medium',
  sections: [
    {
      id: `${TEMPLATE_ID}:I`,
      number: 'I',
      title: 'Brief overview of the process of preparation of the report',
      questions: [
        // the form lists two things the answer may cover: coordination and data validation, and consultations
        q('I.1', 'Please briefly describe the process undertaken for the preparation of this report (responses may include the following)', text),
      ],
    },
    {
      id: `${TEMPLATE_ID}:II`,
      number: 'II',
      title: 'Status of the revised or updated national biodiversity strategies and action plans (NBSAPs) in the light of the Kunming-Montreal Global Biodiversity Framework',
      questions: [
        q('II.1', 'Has your country revised or updated NBSAPs in the light of the Kunming-Montreal Global Biodiversity Framework?', { kind: 'option', options: ['yes', 'no', 'inProcess'] }),
        // asked when II.1 is "no" or "inProcess"
        q('II.2', 'Please indicate the anticipated date of completion of the revision or updating of the NBSAP', text),
        // the form stores a boolean
        q('II.3', 'Did your country involve and engage stakeholders in revising or updating NBSAPs?', { kind: 'option', options: ['true', 'false'] }),
        // options are ORT thesaurus terms (domain 5C948D98-…) not held here: answered in words
        q('II.4', 'Stakeholders', text),
        q('II.5', "Has your country's revised or updated NBSAPs been adopted as policy or legal instruments?", { kind: 'option', options: ['yes', 'no', 'inProcess'] }),
        q('II.6', 'Please indicate the anticipated date of adoption', text),
        // options are ORT thesaurus terms (domain 35772D10-…) not held here
        q('II.7', "Please indicate the type of policy instrument your country's revised or updated NBSAPs has been adopted as", text),
        // not a field: the ORT fills Section III from the country's published national targets
        q('II.8', 'National targets of the revised or updated NBSAP (published in the Online Reporting Tool; they make up Section III)', { kind: 'nationalTargets' }),
      ],
    },
    {
      id: `${TEMPLATE_ID}:III`,
      number: 'III',
      title: 'Assessment of progress towards national targets',
      questions: [
        q('III.1', 'For each national target: main actions taken, current level of progress, summary of progress, key challenges, effectiveness of the actions, and indicator data', {
          kind: 'targetProgress',
        }),
        q(
          'III.2',
          'Briefly describe how the implementation of the target relates to progress in achieving the related Sustainable Development Goals and associated targets, and the implementation of other related agreements',
          text,
        ),
        // the form: "In cases where no national target is linked with one or more related global targets, it is
        // suggested that countries report directly on progress contributing to the global targets."
        q('III.3', 'Progress contributing to the global targets that no national target is linked with', { kind: 'frameworkProgress', items: GBF_TARGETS }),
      ],
    },
    {
      id: `${TEMPLATE_ID}:IV`,
      number: 'IV',
      // the ORT's Section IV is per goal (sectionIV[].gbfGoal); the targets are assessed in Section III
      title: 'Assessment of national progress contributing to the goals of the Kunming-Montreal Global Biodiversity Framework',
      questions: [
        q('IV.1', 'Summary of national progress contributing to the global goals', { kind: 'frameworkProgress', items: GBF_GOALS }),
        q('IV.2', 'Indicator Data', { kind: 'indicatorData', indicators: GBF_GOAL_HEADLINES }),
      ],
    },
    {
      id: `${TEMPLATE_ID}:V`,
      number: 'V',
      title: 'Conclusions on the national implementation of the Convention and the Kunming-Montreal Global Biodiversity Framework',
      questions: [
        q(
          'V.1',
          'Provide a summary assessment of the implementation of the Convention and the Kunming-Montreal Global Biodiversity Framework, including all the sections, and the main outcomes achieved and major challenges encountered, particularly those related to capacity, technical, technological, institutional, and financial gaps and constraints and support provided for implementation.',
          text,
        ),
      ],
    },
    {
      id: `${TEMPLATE_ID}:other`,
      number: 'Other information',
      title: 'Information as requested in related decisions adopted by the Conference of the Parties at its fifteenth meeting',
      questions: [q('other.1', "Please provide any additional information that you would like to include in your country's 7th National Report.", text)],
    },
  ],
};
