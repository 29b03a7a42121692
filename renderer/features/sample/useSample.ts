import i18next from 'i18next';
import { useState } from 'react';
import { call } from '../../api/client.ts';
import { useQuery } from '../../state/queries.ts';
import { useRoute } from '../../state/route.ts';
import { useSettings } from '../../state/settings.ts';
import { useToasts } from '../../state/toasts.ts';
import { errorMessage } from '../../ui/errors.ts';

/** Whether the sample country is open, and loading or removing it (the desk reopens on another store). */
export function useSample() {
  const status = useQuery('sample.status', {}).data;
  const show = useToasts((s) => s.show);
  const go = useRoute((s) => s.go);
  const [busy, setBusy] = useState(false);
  const run = async (channel: 'sample.load' | 'sample.remove', done: string) => {
    setBusy(true);
    try {
      await call(channel, {});
      await useSettings.getState().load();
      go('home');
      show({ tone: 'info', message: i18next.t(done) });
    } catch (err) {
      show({ tone: 'error', message: errorMessage(i18next.t, err) });
    } finally {
      setBusy(false);
    }
  };
  return {
    status,
    busy,
    load: () => run('sample.load', 'sample:loaded'),
    remove: () => run('sample.remove', 'sample:removed'),
  };
}
