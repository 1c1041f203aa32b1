import { useTranslation } from 'react-i18next';
import type { CourseOverview } from '../courses/api.ts';
import { roleKey } from '../courses/roles.ts';

const order = ['youthCoordinator', 'workshopMentor', 'jobConsultant', 'companyMentor', 'caseworker'];
const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length);

/** "Mine kontaktpersoner": the team, each with what they do in plain words. */
export function OwnContacts({ team }: { team: CourseOverview['team'] }) {
  const { t } = useTranslation();
  // The people they see most first; the server's order is not fixed.
  const people = team
    .filter((member) => member.role !== 'participant')
    .sort((a, b) => rank(a.role) - rank(b.role) || a.displayName.localeCompare(b.displayName));
  return (
    <section className="own-section" aria-labelledby="own-contacts">
      <h2 id="own-contacts">{t('myPage.contacts.title')}</h2>
      {people.length === 0 ? (
        <p>{t('myPage.contacts.none')}</p>
      ) : (
        <>
          <p>{t('myPage.contacts.intro')}</p>
          <ul className="app-plain-list own-contacts">
            {people.map((person) => (
              <li key={`${person.userId}-${person.role}`}>
                <strong className="own-contact-name">{person.displayName}</strong>
                <span>{t(`myPage.contacts.role.${roleKey(person.role)}`)}</span>
                <span className="app-muted">{person.organisation}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
