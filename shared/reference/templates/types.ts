import type { Confidence } from '../types.ts';

// National report templates as data: the sections and questions of a convention's report form,
// and, for each question, which shared records answer it. Titles are the form's English wording
// (the forms are not translated here; the interface marks them as English).

export type AnswerSource =
  /** answered in the report itself, in words */
  | { kind: 'text' }
  /** answered in the report itself, by one of these options (the form's own values) */
  | { kind: 'option'; options: readonly string[] }
  /** per national target, from the progress records (CBD 7th report Section III) */
  | { kind: 'targetProgress' }
  /**
   * per item of a global framework (a GBF goal or target, a CMS or Ramsar plan target): the
   * national targets aligned to it, directly or through the crosswalk, with their progress
   */
  | { kind: 'frameworkProgress'; items: readonly string[] }
  /** the national data of these indicators (ids of shared/reference/gbf-monitoring.ts, or of national indicators) */
  | { kind: 'indicatorData'; indicators: readonly string[] }
  /** the list of national targets and their status (NBSAP status) */
  | { kind: 'nationalTargets' };

export interface TemplateQuestion {
  /** stable: "<template id>:<number>", e.g. "cbd:nr7:III.1" */
  id: string;
  /** as the form numbers it */
  number: string;
  title: string;
  answer: AnswerSource;
}

export interface TemplateSection {
  id: string;
  number: string;
  title: string;
  questions: readonly TemplateQuestion[];
}

export interface ReportTemplate {
  /** stable, e.g. "cbd:nr7" */
  id: string;
  /** the obligation whose reports use it (shared/reference/obligations.ts) */
  obligationId: string;
  /** the periods it serves ("7"; a meeting id such as "cms:cop15"); empty: every period */
  periods: readonly string[];
  title: string;
  source: string;
  confidence: Confidence;
  sections: readonly TemplateSection[];
}
