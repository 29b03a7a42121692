import { useTranslation } from 'react-i18next';
import type { Contact, HandoverPack } from '../../../shared/model/handover.ts';
import { scopeAbbreviation } from '../../../shared/reference/conventions.ts';
import { roleName } from '../onboarding/labels.ts';
import { PackSection } from './PackSection.tsx';

/** The people to know, with how to reach them: the convention's other focal points, and the working group. */
export function ContactsSection({ pack }: { pack: HandoverPack }) {
  const { t } = useTranslation(['onboarding', 'group', 'reference']);
  const convention = pack.designation.convention ? scopeAbbreviation(pack.designation.convention) : '';
  return (
    <PackSection id="handover-contacts" title={t('handover.contacts')}>
      <ContactTable caption={t('handover.focalPoints', { convention })} empty={t('handover.noFocalPoints')} contacts={pack.contacts.focalPoints} seat={(c) => roleName(t, c.roleId)} />
      <ContactTable caption={t('handover.workingGroup')} empty={t('handover.noWorkingGroup')} contacts={pack.contacts.workingGroup} seat={(c) => (c.groupRole ? t(`group:members.role.${c.groupRole}`) : '')} />
    </PackSection>
  );
}

function ContactTable({ caption, empty, contacts, seat }: { caption: string; empty: string; contacts: Contact[]; seat: (c: Contact) => string }) {
  const { t } = useTranslation(['onboarding']);
  if (contacts.length === 0)
    return (
      <div>
        <h3>{caption}</h3>
        <p className="muted">{empty}</p>
      </div>
    );
  return (
    <table className="data-table">
      <caption className="handover-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('handover.contactColumns.name')}</th>
          <th scope="col">{t('handover.contactColumns.seat')}</th>
          <th scope="col">{t('handover.contactColumns.institution')}</th>
          <th scope="col">{t('handover.contactColumns.email')}</th>
          <th scope="col">{t('handover.contactColumns.phone')}</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((c, n) => (
          <tr key={`${c.personId}-${n}`}>
            <td dir="auto">{c.name}</td>
            <td>{seat(c)}</td>
            <td dir="auto">{c.institutionName}</td>
            <td>{c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}</td>
            <td>
              <bdi>{c.phone}</bdi>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
