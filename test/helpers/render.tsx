import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { conflictViews } from '../../renderer/app/features.ts';
import { ConflictViewsContext } from '../../renderer/features/conflicts/views.ts';

/** Renders a part of the app with what the shell provides: the features' views of their entities. */
export function renderWithFeatures(ui: ReactElement) {
  return render(<ConflictViewsContext.Provider value={conflictViews}>{ui}</ConflictViewsContext.Provider>);
}
