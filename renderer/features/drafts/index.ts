import { lazyPage, type Feature } from '../feature.ts';

// National report drafts: no navigation entry; reached from a report in the calendar (#/drafts/<report>)
// and from the reuse matrix (#/drafts).

export const draftsFeature: Feature = {
  id: 'drafts',
  uses: ['reporting'],
  Page: lazyPage(() => import('./DraftsPage.tsx'), 'DraftsPage'),
  namespaces: ['drafts', 'reporting', 'frameworks'],
  entities: ['reportAnswer'],
  entityViews: {
    reportAnswer: { name: 'drafts:entities.reportAnswer', fieldKeys: 'drafts:fields', freeText: ['text'] },
  },
};
