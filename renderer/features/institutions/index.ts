import { lazyPage, type Feature } from '../feature.ts';

export const institutionsFeature: Feature = {
  id: 'institutions',
  nav: { labelKey: 'nav.institutions' },
  Page: lazyPage(() => import('./InstitutionsPage.tsx'), 'InstitutionsPage'),
  namespaces: ['institutions'],
  entities: ['institution', 'person'],
  entityViews: {
    institution: { name: 'institutions:entities.institution',
      fieldKeys: 'institutions:fields', freeText: ['name', 'acronym', 'email', 'phone', 'website', 'address', 'notes'] },
  },
};
