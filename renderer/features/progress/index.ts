import type { Feature } from '../feature.ts';

// The national data every report draws on. No page of its own: the national targets' page shows
// each target's progress and indicator data (TargetProgressCard, IndicatorDataCard).

export const progressFeature: Feature = {
  id: 'progress',
  namespaces: ['progress', 'drafts'],
  entities: ['targetProgress', 'indicatorValue', 'nationalIndicator'],
  entityViews: {
    targetProgress: {
      name: 'progress:entities.targetProgress',
      fieldKeys: 'progress:fields',
      value: (t, field, value) => (field === 'level' && typeof value === 'string' ? t(`drafts:levels.${value}`, { defaultValue: value }) : null),
      freeText: ['actions', 'summary', 'challenges', 'effectiveness'],
    },
    indicatorValue: {
      name: 'progress:entities.indicatorValue',
      fieldKeys: 'progress:fields',
      value: (t, field, value) => (field === 'answer' && typeof value === 'string' ? t(`drafts:answers.${value}`, { defaultValue: value }) : null),
      freeText: ['source', 'method', 'disaggregation'],
    },
    nationalIndicator: { name: 'progress:entities.nationalIndicator', fieldKeys: 'progress:fields', freeText: ['code', 'title', 'notes'] },
  },
};
