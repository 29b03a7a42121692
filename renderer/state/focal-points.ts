import { create } from 'zustand';
import type { VacancySummary } from '../../shared/model/focal-points.ts';
import type { Membership } from '../../shared/model/membership.ts';
import { call } from '../api/client.ts';
import { onTopics } from './changes.ts';

// Vacancies (the navigation badge) and the country's memberships; fresh after every change to
// designations or memberships, wherever it was made.

interface FocalPointsState {
  vacancies: VacancySummary | null;
  membership: Membership[];
  error: unknown;
  reload(): Promise<void>;
  setMembership(instrumentId: string, status: Membership['status'], since: string | null): Promise<void>;
}

export const useFocalPoints = create<FocalPointsState>((set, get) => ({
  vacancies: null,
  membership: [],
  error: null,
  async reload() {
    try {
      const [vacancies, membership] = await Promise.all([call('focal-points.vacancies', {}), call('membership.list', {})]);
      set({ vacancies, membership, error: null });
    } catch (error) {
      set({ error });
    }
  },
  async setMembership(instrumentId, status, since) {
    if (!status) return;
    await call('membership.set', { instrumentId, status, since: since || null });
    await get().reload();
  },
}));

onTopics(['designation', 'membership'], () => void useFocalPoints.getState().reload());
