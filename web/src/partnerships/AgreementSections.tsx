import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import type { AgreementTerms, AgreementVersion } from './api.ts';
import { type Marks, Row, Term } from './Marked.tsx';

interface Props {
  terms: AgreementTerms;
  partnership: { municipality: string; institution: string };
  /** The version's approvals; none before the first version. */
  approvals: AgreementVersion['approvals'] | null;
  /** Unique per rendering on the page (the current agreement, each side of a comparison). */
  idPrefix: string;
  headingLevel: 2 | 3 | 4;
  marks?: Marks;
  /** Shown in "Godkendelse": the approve button for a leader who has not approved yet. */
  approvalAction?: ReactNode;
}

/** The agreement in the template's sections, read-only; in a comparison the changed fields are marked. */
export function AgreementSections({
  terms,
  partnership,
  approvals,
  idPrefix,
  headingLevel,
  marks,
  approvalAction,
}: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const H = `h${headingLevel}` as const;
  const sectionTitles = {
    parties: t('agreement.sections.parties'),
    developmentGroup: t('agreement.sections.developmentGroup'),
    goals: t('agreement.sections.goals'),
    roles: t('agreement.sections.roles'),
    meetings: t('agreement.sections.meetings'),
    documentation: t('agreement.sections.documentation'),
    packages: t('agreement.sections.packages'),
    period: t('agreement.sections.period'),
    approval: t('agreement.sections.approval'),
  };
  const section = (key: keyof typeof sectionTitles, body: ReactNode) => (
    <section className="app-agreement-section" aria-labelledby={`${idPrefix}-${key}`} key={key}>
      <H id={`${idPrefix}-${key}`}>{sectionTitles[key]}</H>
      {body}
    </section>
  );
  const orNotSet = (value: ReactNode) =>
    value === null || value === '' ? t('agreement.values.notSet') : value;
  const percent = (share: number | null) =>
    share === null ? t('agreement.values.notSet') : format.percent(share);
  const months = (count: number) => t('agreement.values.months', { count });
  const none = <p className="app-muted">{t('agreement.values.none')}</p>;
  const { goals, documentation } = terms;

  return (
    <div className="app-agreement-sections">
      {section(
        'parties',
        <dl className="app-agreement-terms">
          <Term label={t('agreement.fields.municipality')} path="parties" marks={undefined}>
            {partnership.municipality}
          </Term>
          <Term
            label={t('agreement.fields.municipalityLeader')}
            path="parties.municipalityLeader"
            marks={marks}
          >
            {orNotSet(terms.parties.municipalityLeader)}
          </Term>
          <Term label={t('agreement.fields.institution')} path="parties" marks={undefined}>
            {partnership.institution}
          </Term>
          <Term
            label={t('agreement.fields.institutionLeader')}
            path="parties.institutionLeader"
            marks={marks}
          >
            {orNotSet(terms.parties.institutionLeader)}
          </Term>
        </dl>,
      )}
      {section(
        'developmentGroup',
        terms.developmentGroup.length ? (
          <ul className="app-agreement-rows">
            {terms.developmentGroup.map((m, i) => {
              const at = `developmentGroup[${i}]`;
              return (
                <Row key={at} path={at} marks={marks} title={m.name}>
                  <Term label={t('agreement.fields.role')} path={`${at}.role`} marks={marks}>
                    {m.role}
                  </Term>
                  <Term label={t('agreement.fields.party')} path={`${at}.party`} marks={marks}>
                    {t(`agreement.partyNames.${m.party}`)}
                  </Term>
                </Row>
              );
            })}
          </ul>
        ) : (
          none
        ),
      )}
      {section(
        'goals',
        <>
          <dl className="app-agreement-terms">
            <Term label={t('agreement.fields.purpose')} path="goals.purpose" marks={marks}>
              {orNotSet(goals.purpose)}
            </Term>
            <Term label={t('agreement.fields.intakeTarget')} path="goals.intakeTarget" marks={marks}>
              {goals.intakeTarget === null ? t('agreement.values.notSet') : format.number(goals.intakeTarget)}
            </Term>
            <Term
              label={t('agreement.fields.closerShareTarget')}
              path="goals.closerShareTarget"
              marks={marks}
            >
              {percent(goals.closerShareTarget)}
            </Term>
            <Term label={t('agreement.fields.firstContactDays')} path="goals.firstContactDays" marks={marks}>
              {t('agreement.values.days', { count: goals.firstContactDays })}
            </Term>
            <Term label={t('agreement.fields.otherCriteria')} path="goals.otherCriteria" marks={marks}>
              {orNotSet(goals.otherCriteria)}
            </Term>
          </dl>
          <p className="app-agreement-subheading">{t('agreement.fields.outcomeSplit')}</p>
          {goals.outcomeSplit.length ? (
            <ul className="app-agreement-rows">
              {goals.outcomeSplit.map((o, i) => {
                const at = `goals.outcomeSplit[${i}]`;
                return (
                  <Row key={at} path={at} marks={marks} title={o.label}>
                    <Term label={t('agreement.fields.share')} path={`${at}.share`} marks={marks}>
                      {format.percent(o.share)}
                    </Term>
                    <Term label={t('agreement.fields.outcomes')} path={`${at}.outcomes`} marks={marks}>
                      {o.outcomes.map((k) => t(`outcome.${k}`)).join(', ')}
                    </Term>
                  </Row>
                );
              })}
            </ul>
          ) : (
            none
          )}
        </>,
      )}
      {section(
        'roles',
        terms.roles.length ? (
          <ul className="app-agreement-rows">
            {terms.roles.map((r, i) => {
              const at = `roles[${i}]`;
              return (
                <Row key={at} path={at} marks={marks} title={r.role}>
                  <Term label={t('agreement.fields.tasks')} path={`${at}.tasks`} marks={marks}>
                    {orNotSet(r.tasks)}
                  </Term>
                </Row>
              );
            })}
          </ul>
        ) : (
          none
        ),
      )}
      {section(
        'meetings',
        terms.meetings.length ? (
          <ul className="app-agreement-rows">
            {terms.meetings.map((m, i) => {
              const at = `meetings[${i}]`;
              return (
                <Row key={at} path={at} marks={marks} title={m.format}>
                  <Term label={t('agreement.fields.cadence')} path={`${at}.cadence`} marks={marks}>
                    {orNotSet(m.cadence)}
                  </Term>
                </Row>
              );
            })}
          </ul>
        ) : (
          none
        ),
      )}
      {section(
        'documentation',
        <dl className="app-agreement-terms">
          <Term
            label={t('agreement.fields.baselineMonths')}
            path="documentation.baselineMonths"
            marks={marks}
          >
            {months(documentation.baselineMonths)}
          </Term>
          <Term
            label={t('agreement.fields.measurementMonths')}
            path="documentation.measurementMonths"
            marks={marks}
          >
            {months(documentation.measurementMonths)}
          </Term>
          <Term
            label={t('agreement.fields.statusLetterMonths')}
            path="documentation.statusLetterMonths"
            marks={marks}
          >
            {months(documentation.statusLetterMonths)}
          </Term>
          <Term label={t('agreement.fields.other')} path="documentation.other" marks={marks}>
            {orNotSet(documentation.other)}
          </Term>
        </dl>,
      )}
      {section(
        'packages',
        terms.packages.length ? (
          <ul className="app-agreement-rows">
            {terms.packages.map((p, i) => {
              const at = `packages[${i}]`;
              return (
                <Row key={at} path={at} marks={marks} title={p.name}>
                  <Term label={t('agreement.fields.monthlyPrice')} path={`${at}.monthlyPrice`} marks={marks}>
                    {t('agreement.values.price', { price: format.number(p.monthlyPrice) })}
                  </Term>
                  <Term label={t('agreement.fields.content')} path={`${at}.content`} marks={marks}>
                    {orNotSet(p.content)}
                  </Term>
                </Row>
              );
            })}
          </ul>
        ) : (
          none
        ),
      )}
      {section(
        'period',
        <dl className="app-agreement-terms">
          <Term label={t('agreement.fields.from')} path="period.from" marks={marks}>
            {format.date(terms.period.from)}
          </Term>
          <Term label={t('agreement.fields.to')} path="period.to" marks={marks}>
            {terms.period.to ? format.date(terms.period.to) : t('agreement.values.openEnded')}
          </Term>
        </dl>,
      )}
      {section(
        'approval',
        <>
          <dl className="app-agreement-terms">
            {(['municipality', 'institution'] as const).map((party) => {
              const approval = approvals?.[party] ?? null;
              return (
                <Term
                  key={party}
                  label={t(`agreement.partyNames.${party}`)}
                  path={`approval.${party}`}
                  marks={undefined}
                >
                  {approval
                    ? t('agreement.approval.approvedBy', {
                        who: approval.by.displayName,
                        date: format.dateTime(approval.at),
                      })
                    : t('agreement.approval.pending')}
                </Term>
              );
            })}
          </dl>
          {approvalAction}
        </>,
      )}
    </div>
  );
}
