import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { entityViews } from '../../renderer/app/features.ts';
import { EntityViewsContext } from '../../renderer/features/entity-views.ts';

/** Renders a part of the app with what the shell provides: the features' views of their entities. */
export function renderWithFeatures(ui: ReactElement) {
  return render(<EntityViewsContext.Provider value={entityViews}>{ui}</EntityViewsContext.Provider>);
}
