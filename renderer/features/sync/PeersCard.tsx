import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { peerInput } from '../../../shared/model/sync.ts';
import { useSync } from '../../state/sync.ts';
import { useToasts } from '../../state/toasts.ts';
import { Field } from '../../ui/Field.tsx';
import { FormActions } from '../../ui/FormActions.tsx';
import { useRecordForm } from '../../ui/useRecordForm.ts';

export function PeersCard() {
  const { t } = useTranslation(['sync', 'common']);
  const { peers, addPeer, removePeer } = useSync();
  const show = useToasts((s) => s.show);
  const [formKey, setFormKey] = useState(0);

  return (
    <section className="card" aria-labelledby="peers-heading">
      <h2 id="peers-heading">{t('peers.title')}</h2>
      <p className="muted">{t('peers.hint')}</p>
      {peers.length === 0 ? (
        <p className="muted">{t('peers.empty')}</p>
      ) : (
        <ul className="peers">
          {peers.map((p) => (
            <li key={p.id}>
              <strong>{p.label}</strong> <code>{p.fingerprint}</code>{' '}
              <button type="button" className="button button--small" onClick={() => void removePeer(p.id)}>
                {t('peers.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PeerForm
        key={formKey}
        onSave={async (label, publicKey) => {
          await addPeer(label, publicKey);
          show({ tone: 'info', message: t('peers.added', { label }) });
          setFormKey((k) => k + 1);
        }}
      />
    </section>
  );
}

function PeerForm({ onSave }: { onSave: (label: string, key: string) => Promise<void> }) {
  const { t } = useTranslation(['sync', 'common']);
  const form = useRecordForm({ label: '', publicKey: '' }, peerInput, async (v) => {
    const { label, publicKey } = v as { label: string; publicKey: string };
    await onSave(label, publicKey);
  });
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
    >
      <Field label={t('peers.label')} error={form.errors.label}>
        {(a) => <input {...a} value={form.values.label} onChange={(e) => form.set('label', e.target.value)} />}
      </Field>
      <Field label={t('peers.publicKey')} error={form.errors.publicKey}>
        {(a) => <input {...a} value={form.values.publicKey} onChange={(e) => form.set('publicKey', e.target.value)} spellCheck={false} />}
      </Field>
      <FormActions saving={form.saving} formError={form.formError} submitLabel={t('peers.add')} />
    </form>
  );
}
