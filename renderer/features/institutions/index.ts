import type { Feature } from '../feature.ts';
import { InstitutionsPage } from './InstitutionsPage.tsx';

export const institutionsFeature: Feature = {
  id: 'institutions',
  nav: { labelKey: 'nav.institutions' },
  Page: InstitutionsPage,
  namespaces: ['institutions'],
  entities: ['institution', 'person'],
  entityViews: {
    institution: { name: 'institutions:entities.institution',
      fieldKeys: 'institutions:fields', freeText: ['name', 'acronym', 'email', 'phone', 'website', 'address', 'notes'] },
  },
};
