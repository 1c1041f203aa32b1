import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { labelFor } from '../app/i18n.ts';
import { useDocumentTitle } from '../app/title.ts';
import { ConsentList } from '../consents/ConsentList.tsx';
import { RecordConsentForm } from '../consents/RecordConsentForm.tsx';
import { CourseFormatPanel } from '../formats/CourseFormatPanel.tsx';
import { type CourseOverview, can, courseQuery, fullName } from './api.ts';
import { StatusChangeForm } from './StatusChangeForm.tsx';

/** The course at a glance: who, which course, the team, consents, and the status with its history. */
export function Overview({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(courseQuery(courseId));
  useDocumentTitle(t('course.tabs.overview'), data ? fullName(data) : null);
  if (!data) return null;
  return (
    <>
      <h2 data-tab-heading tabIndex={-1}>
        {t('course.tabs.overview')}
      </h2>
      <div className="app-columns">
        <section aria-labelledby="participant-heading">
          <h3 id="participant-heading">{t('overview.participant')}</h3>
          <Participant data={data} />
        </section>
        <section aria-labelledby="course-heading">
          <h3 id="course-heading">{t('overview.course')}</h3>
          <CourseFacts data={data} />
        </section>
      </div>
      {data.myConsentCategories ? <SharedWithMe categories={data.myConsentCategories} /> : null}
      {data.owed ? <Owed owed={data.owed} /> : null}
      <section aria-labelledby="team-heading">
        <h3 id="team-heading">{t('overview.team')}</h3>
        <ul className="app-plain-list">
          {data.team.map((m) => (
            <li key={`${m.userId}-${m.role}`}>
              <strong>{m.displayName}</strong>, {labelFor('roles', m.role)} ({m.organisation})
            </li>
          ))}
        </ul>
      </section>
      {can(data, 'meetings.read') ? (
        <CourseFormatPanel courseId={courseId} canWrite={can(data, 'meetings.write')} />
      ) : null}
      {can(data, 'consents.read') ? (
        <section aria-labelledby="consents-heading">
          <h3 id="consents-heading">{t('consents.title')}</h3>
          <ConsentList courseId={courseId} canWithdraw={can(data, 'consents.withdraw')} />
          {can(data, 'consents.write') ? <RecordConsentForm courseId={courseId} /> : null}
          {can(data, 'accessLog.read') ? (
            <p className="mt-4">
              <a href={`/api/courses/${encodeURIComponent(courseId)}/access-log.csv`} download>
                {t('consents.accessLogDownload')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}
      {data.course.status ? (
        <section aria-labelledby="status-heading">
          <h3 id="status-heading">{t('overview.statusHistory')}</h3>
          {data.statusHistory ? <StatusHistory history={data.statusHistory} /> : null}
          {data.course.status && can(data, 'course.status.write') ? (
            <StatusChangeForm
              courseId={courseId}
              current={data.course.status}
              version={data.course.version ?? 0}
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

/** What the course owes now (src/due/rules.ts): the same dates as the caseload's "Næste frist". */
function Owed({ owed }: { owed: NonNullable<CourseOverview['owed']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section aria-labelledby="owed-heading">
      <h3 id="owed-heading">{t('overview.owed')}</h3>
      {owed.length === 0 ? (
        <p>{t('overview.owesNothing')}</p>
      ) : (
        <ul className="app-plain-list" data-testid="owed">
          {owed.map((o) => (
            <li key={o.kind}>
              {t(`dueKind.${o.kind}`)}: {format.date(o.due)}
              {o.overdue ? <strong className="app-overdue"> {t('caseload.overdue')}</strong> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** For a reader from another organisation: what the young person's consent lets them see. */
function SharedWithMe({ categories }: { categories: NonNullable<CourseOverview['myConsentCategories']> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="shared-heading">
      <h3 id="shared-heading">{t('overview.sharedWithYou')}</h3>
      {categories.length ? (
        <ul>
          {categories.map((c) => (
            <li key={c}>{t(`consents.category.${c}`)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('overview.sharedNothing')}</p>
      )}
    </section>
  );
}

function Facts({ rows }: { rows: Array<[string, string | null | undefined]> }) {
  return (
    <dl className="app-facts">
      {rows
        .filter((row): row is [string, string] => !!row[1])
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Participant({ data }: { data: CourseOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = data.participant;
  // The server leaves out what a reader may not see (a company mentor gets no `sensitive`): those rows go.
  const s = p.sensitive;
  const list = (group: string, values: string[] | undefined) =>
    values === undefined
      ? null
      : values.length
        ? values.map((v) => labelFor(group, v)).join(', ')
        : t('overview.none');
  return (
    <Facts
      rows={[
        [t('overview.name'), fullName(data)],
        [t('overview.phone'), p.phone],
        [t('overview.email'), p.email],
        [t('overview.supportNeeds'), p.supportNeeds],
        ...(s
          ? ([
              [t('overview.birthDate'), s.birthDate ? format.date(s.birthDate) : null],
              [t('overview.gender'), s.gender ? t(`gender.${s.gender}`) : null],
              [t('overview.cpr'), s.cprMasked],
              [t('overview.disabilities'), list('disabilities', s.disabilities)],
              [t('overview.strains'), list('strains', s.acquiredStrains)],
            ] as Array<[string, string | null | undefined]>)
          : []),
      ]}
    />
  );
}

function CourseFacts({ data }: { data: CourseOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const c = data.course;
  return (
    <Facts
      rows={[
        [t('overview.partnership'), c.partnership.name],
        [t('overview.municipality'), c.partnership.municipality],
        [t('overview.institution'), c.partnership.institution],
        [t('overview.referralDate'), c.referralDate ? format.date(c.referralDate) : null],
        [
          t('overview.startDate'),
          c.startDate === undefined
            ? null
            : c.startDate
              ? format.date(c.startDate)
              : t('overview.notStarted'),
        ],
        [
          t('overview.granted'),
          c.grantedMonths === undefined
            ? null
            : c.grantedMonths === null
              ? t('overview.undecided')
              : t('overview.months', { count: c.grantedMonths }),
        ],
        [t('overview.status'), c.status ? t(`courseStatus.${c.status}`) : null],
        [
          t('overview.outcome'),
          c.outcome ? `${t(`outcome.${c.outcome.type}`)}, ${format.date(c.outcome.date)}` : null,
        ],
        [t('overview.myRole'), labelFor('roles', data.myRole)],
      ]}
    />
  );
}

function StatusHistory({ history }: { history: NonNullable<CourseOverview['statusHistory']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (history.length === 0) return <p>{t('overview.noHistory')}</p>;
  return (
    <table className="table table--compact table-sm-responsive-headers app-table app-stack">
      <caption className="sr-only">{t('overview.statusHistory')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('overview.effectiveDate')}</th>
          <th scope="col">{t('overview.status')}</th>
          <th scope="col">{t('overview.reason')}</th>
        </tr>
      </thead>
      <tbody>
        {history.map((h) => (
          <tr key={`${h.changedAt}-${h.status}-${h.effectiveDate}`}>
            <td data-title={t('overview.effectiveDate')}>{format.date(h.effectiveDate)}</td>
            <td data-title={t('overview.status')}>{t(`courseStatus.${h.status}`)}</td>
            <td data-title={t('overview.reason')}>{h.reason || '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
