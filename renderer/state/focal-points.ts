import { create } from 'zustand';
import type { VacancySummary } from '../../shared/model/focal-points.ts';
import type { Membership } from '../../shared/model/membership.ts';
import { call } from '../api/client.ts';

interface FocalPointsState {
  vacancies: VacancySummary | null;
  membership: Membership[];
  /** bumps after any designation change, so open views reload */
  version: number;
  reload(): Promise<void>;
  changed(): void;
  setMembership(instrumentId: string, status: Membership['status'], since: string | null): Promise<void>;
}

export const useFocalPoints = create<FocalPointsState>((set, get) => ({
  vacancies: null,
  membership: [],
  version: 0,
  async reload() {
    const [vacancies, membership] = await Promise.all([call('focal-points.vacancies', {}), call('membership.list', {})]);
    set({ vacancies, membership });
  },
  changed() {
    set({ version: get().version + 1 });
    void get().reload();
  },
  async setMembership(instrumentId, status, since) {
    if (!status) return;
    await call('membership.set', { instrumentId, status, since: since || null });
    get().changed();
  },
}));
