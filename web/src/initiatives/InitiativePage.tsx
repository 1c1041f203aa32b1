import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { useFormat } from '../app/format.ts';
import { useDisclosure } from '../app/forms.tsx';
import { LoadError, Loading, NotFoundPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { type Initiative, initiativeQuery } from './api.ts';
import { FollowUp } from './FollowUp.tsx';
import { InitiativeForm } from './InitiativeForm.tsx';
import './initiatives.css';

/** One initiative: seed 004's template as a page to read, and (for its writers) the same sections to change. */
export function InitiativePage({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const detail = useQuery(initiativeQuery(initiativeId));
  const edit = useDisclosure();
  useDocumentTitle(detail.data?.initiative.theme ?? t('initiatives.title'));
  if (isApiError(detail.error, 404)) return <NotFoundPage />;
  if (detail.isPending) return <Loading />;
  if (!detail.data) return <LoadError onRetry={() => void detail.refetch()} />;
  const { initiative: i, choices } = detail.data;
  return (
    <>
      <p>
        <Link to="/indsatser">{t('initiatives.back')}</Link>
      </p>
      <h1>{i.theme}</h1>
      <p className="app-intro">
        {t('initiatives.areaOf', { area: i.area, municipality: i.municipality })}
        {' · '}
        {t(`initiatives.statusName.${i.status}`)}
      </p>
      {i.mayEdit ? (
        edit.open ? (
          <InitiativeForm
            initiative={i}
            choices={[choices]}
            headingRef={edit.headingRef}
            onCancel={() => edit.setOpen(false)}
            onDone={() => edit.setOpen(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button button-secondary"
              ref={edit.triggerRef}
              onClick={() => edit.setOpen(true)}
            >
              {t('initiatives.edit')}
            </button>
          </p>
        )
      ) : null}
      {edit.open ? null : <Sections initiative={i} />}
    </>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="app-initiative-section" aria-labelledby={`initiative-${id}`}>
      <h2 id={`initiative-${id}`}>{heading}</h2>
      {children}
    </section>
  );
}

function Facts({ rows }: { rows: Array<[string, ReactNode]> }) {
  const { t } = useTranslation();
  return (
    <dl className="app-initiative-sections">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            {value === '' || value === null ? (
              <span className="app-muted">{t('initiatives.empty')}</span>
            ) : (
              value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function Sections({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const format = useFormat();
  const f = (key: string) => t(`initiatives.field.${key}` as 'initiatives.field.area');
  const kroner = (n: number | null) =>
    n === null ? '' : t('initiatives.kroner', { amount: format.number(n) });
  return (
    <>
      <Section id="goal" heading={t('initiatives.section.goal')}>
        <Facts
          rows={[
            [f('effortGoal'), i.effortGoal],
            [f('baseline'), i.baseline],
            [
              f('followUpOn'),
              <FollowUp key="f" followUpOn={i.followUpOn} overdue={i.overdue} dueSoon={i.dueSoon} />,
            ],
            [f('followUp'), i.followUp],
          ]}
        />
      </Section>
      <Section id="current" heading={t('initiatives.section.current')}>
        <Facts
          rows={[
            [f('currentEffort'), i.currentEffort],
            [f('worksWell'), i.worksWell],
            [f('doesNotWork'), i.doesNotWork],
            [f('inspiration'), i.inspiration],
            [f('newIdeas'), i.newIdeas],
            [f('contribution'), i.contribution],
          ]}
        />
      </Section>
      <Section id="target" heading={t('initiatives.section.target')}>
        <Facts
          rows={[
            [f('targetGroup'), i.targetGroup],
            [f('targetCount'), i.targetCount === null ? '' : format.number(i.targetCount)],
            [f('content'), i.content],
          ]}
        />
      </Section>
      <Section id="organisation" heading={t('initiatives.section.organisation')}>
        <Facts
          rows={[
            [f('organisation'), i.organisation],
            [f('responsible'), i.responsible],
            [f('responsibleUser'), i.responsibleUser?.displayName ?? t('initiatives.leaders')],
            [f('actors'), i.actors],
            [f('partnership'), i.partnership?.name ?? t('initiatives.noPartnership')],
          ]}
        />
      </Section>
      <Section id="plan" heading={f('plan')}>
        {i.plan.length === 0 ? (
          <p className="app-muted">{t('initiatives.planNone')}</p>
        ) : (
          <ol>
            {i.plan.map((s, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the plan's steps have no ids; their order is the key
              <li key={n}>
                {s.due ? <strong>{format.date(s.due)}: </strong> : null}
                {s.text}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="economy" heading={t('initiatives.section.economy')}>
        <Facts
          rows={[
            [f('totalCost'), kroner(i.totalCost)],
            [f('financing'), i.financing],
            [f('investmentNeed'), i.investmentNeed],
          ]}
        />
      </Section>
      <p className="app-muted">
        {t('initiatives.updated', {
          when: format.dateTime(i.updatedAt),
          who: i.updatedBy?.displayName ?? '–',
        })}
      </p>
    </>
  );
}
