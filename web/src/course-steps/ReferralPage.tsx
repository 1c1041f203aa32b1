import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, RadioGroup, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { useMe } from '../auth/session.ts';
import { createReferral, type NewReferral, type ReferralOptions, referralOptionsQuery } from './api.ts';

const genders = ['female', 'male', 'other'] as const;
const disabilityKinds = ['cognitive', 'physical', 'psychological'] as const;
const monthChoices = [6, 12, 18, 24, 36, 48, 60];

/** "Ny henvisning": a caseworker or coordinator refers a young person to a partnership. */
export function ReferralPage() {
  const { t } = useTranslation();
  const options = useQuery(referralOptionsQuery);
  useDocumentTitle(t('referral.title'));
  return (
    <>
      <h1>{t('referral.title')}</h1>
      <p>{t('referral.intro')}</p>
      {options.isPending ? <Loading /> : null}
      {options.isError ? <LoadError onRetry={() => void options.refetch()} /> : null}
      {options.data && options.data.partnerships.length === 0 ? <p>{t('referral.noPartnership')}</p> : null}
      {options.data && options.data.partnerships.length > 0 ? (
        <ReferralForm partnerships={options.data.partnerships} />
      ) : null}
    </>
  );
}

type Partnership = ReferralOptions['partnerships'][number];

function ReferralForm({ partnerships }: { partnerships: Partnership[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const myId = me.data?.user.id;
  const [partnershipId, setPartnershipId] = useState(partnerships[0]?.id ?? '');
  const partnership = partnerships.find((p) => p.id === partnershipId);
  // The referrer is on the team by default, in the role they have.
  const pick = (list: Partnership['caseworkers'] | undefined) =>
    list?.find((p) => p.id === myId)?.id ?? list?.[0]?.id ?? '';
  const [caseworkerId, setCaseworkerId] = useState(pick(partnership?.caseworkers));
  const [coordinatorId, setCoordinatorId] = useState(pick(partnership?.coordinators));
  const [v, setV] = useState({
    givenName: '',
    familyName: '',
    birthDate: '',
    gender: '',
    phone: '',
    email: '',
    cpr: '',
    referralDate: todayIso(),
    planSummary: '',
    grantedMonths: '',
    package: '',
  });
  const [disabilities, setDisabilities] = useState<string[]>([]);
  const [consent, setConsent] = useState<string[]>([]);
  const createdId = useRef<string | null>(null);
  const set = (key: keyof typeof v) => (value: string) => setV((old) => ({ ...old, [key]: value }));

  const field = (id: string, label: string) => ({
    [id]: { id: `referral-${id.replace(/^body\.(participant\.)?/, '')}`, label },
  });
  const form = useFormSubmit({
    save: async () => {
      const body: NewReferral = {
        partnershipId,
        participant: {
          givenName: v.givenName.trim(),
          familyName: v.familyName.trim(),
          birthDate: v.birthDate,
          gender: v.gender as (typeof genders)[number],
          disabilities: disabilities as (typeof disabilityKinds)[number][],
          ...(v.phone.trim() ? { phone: v.phone.trim() } : {}),
          ...(v.email.trim() ? { email: v.email.trim() } : {}),
          ...(v.cpr.trim() ? { cpr: v.cpr.trim() } : {}),
        },
        referralDate: v.referralDate,
        planSummary: v.planSummary.trim(),
        grantedMonths: v.grantedMonths ? Number(v.grantedMonths) : null,
        package: v.package.trim(),
        caseworkerId,
        coordinatorId,
        consentToJobCentre: consent.includes('yes'),
      };
      const created = await createReferral(body);
      createdId.current = created.courseId;
      return created;
    },
    // Saved: straight on to the new course's plan, where the next step (the visit) waits.
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
      announce(t('referral.saved'));
      if (createdId.current)
        await navigate({ to: '/forloeb/$courseId/trin', params: { courseId: createdId.current } });
    },
    fields: {
      ...field('body.participant.givenName', t('referral.givenName')),
      ...field('body.participant.familyName', t('referral.familyName')),
      ...field('body.participant.birthDate', t('referral.birthDate')),
      ...field('body.participant.gender', t('referral.gender')),
      ...field('body.participant.phone', t('referral.phone')),
      ...field('body.participant.email', t('referral.email')),
      ...field('body.participant.cpr', t('referral.cpr')),
      ...field('body.referralDate', t('referral.referralDate')),
      ...field('body.planSummary', t('steps.fields.planSummary')),
      ...field('body.grantedMonths', t('steps.fields.grantedMonths')),
      ...field('body.package', t('steps.fields.package')),
      ...field('body.caseworkerId', t('referral.caseworker')),
      ...field('body.coordinatorId', t('referral.coordinator')),
    },
    values: Object.fromEntries(Object.entries(v).map(([k, value]) => [`referral-${k}`, value])),
    validate: () => ({
      'referral-givenName': v.givenName.trim()
        ? undefined
        : t('referral.missing', { field: t('referral.givenName') }),
      'referral-familyName': v.familyName.trim()
        ? undefined
        : t('referral.missing', { field: t('referral.familyName') }),
      'referral-birthDate': v.birthDate
        ? undefined
        : t('referral.missing', { field: t('referral.birthDate') }),
      'referral-gender': v.gender ? undefined : t('referral.missing', { field: t('referral.gender') }),
      'referral-referralDate': v.referralDate
        ? undefined
        : t('referral.missing', { field: t('referral.referralDate') }),
    }),
  });
  const { errors } = form;
  const people = (list: Partnership['caseworkers'] | undefined) =>
    (list ?? []).map((p) => ({ value: p.id, label: p.displayName }));

  return (
    <FormPanel
      form={form}
      headingId="referral-heading"
      headingLevel={3}
      heading={t('referral.formHeading')}
      submitLabel={t('referral.submit')}
    >
      {partnerships.length > 1 ? (
        <SelectField
          id="referral-partnership"
          label={t('referral.partnership')}
          value={partnershipId}
          onValue={(id) => {
            setPartnershipId(id);
            const next = partnerships.find((p) => p.id === id);
            setCaseworkerId(pick(next?.caseworkers));
            setCoordinatorId(pick(next?.coordinators));
          }}
          options={partnerships.map((p) => ({ value: p.id, label: p.name }))}
        />
      ) : (
        <p>{t('referral.partnershipIs', { name: partnership?.name ?? '' })}</p>
      )}
      <fieldset>
        <legend className="form-label">{t('referral.youngPerson')}</legend>
        <TextField
          id="referral-givenName"
          label={t('referral.givenName')}
          value={v.givenName}
          onValue={set('givenName')}
          error={errors['referral-givenName']}
          autoComplete="off"
        />
        <TextField
          id="referral-familyName"
          label={t('referral.familyName')}
          value={v.familyName}
          onValue={set('familyName')}
          error={errors['referral-familyName']}
          autoComplete="off"
        />
        <DateField
          id="referral-birthDate"
          label={t('referral.birthDate')}
          value={v.birthDate}
          onValue={set('birthDate')}
          error={errors['referral-birthDate']}
        />
        <RadioGroup
          id="referral-gender"
          legend={t('referral.gender')}
          value={v.gender}
          onValue={set('gender')}
          error={errors['referral-gender']}
          options={genders.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
        />
        <CheckboxGroup
          id="referral-disabilities"
          legend={t('referral.disabilities')}
          values={disabilities}
          onValues={setDisabilities}
          options={disabilityKinds.map((d) => ({ value: d, label: t(`disabilities.${d}`) }))}
        />
        <TextField
          id="referral-phone"
          label={t('referral.phone')}
          optional
          value={v.phone}
          onValue={set('phone')}
          error={errors['referral-phone']}
          type="tel"
        />
        <TextField
          id="referral-email"
          label={t('referral.email')}
          optional
          value={v.email}
          onValue={set('email')}
          error={errors['referral-email']}
          type="email"
        />
        <TextField
          id="referral-cpr"
          label={t('referral.cpr')}
          hint={t('referral.cprHint')}
          optional
          value={v.cpr}
          onValue={set('cpr')}
          error={errors['referral-cpr']}
          autoComplete="off"
        />
      </fieldset>
      <DateField
        id="referral-referralDate"
        label={t('referral.referralDate')}
        value={v.referralDate}
        onValue={set('referralDate')}
        error={errors['referral-referralDate']}
      />
      <TextArea
        id="referral-planSummary"
        label={t('steps.fields.planSummary')}
        hint={t('referral.planHint')}
        optional
        value={v.planSummary}
        onValue={set('planSummary')}
        error={errors['referral-planSummary']}
      />
      <SelectField
        id="referral-grantedMonths"
        label={t('steps.fields.grantedMonths')}
        value={v.grantedMonths}
        onValue={set('grantedMonths')}
        error={errors['referral-grantedMonths']}
        options={[
          { value: '', label: t('steps.undecided') },
          ...monthChoices.map((m) => ({ value: String(m), label: t('steps.months', { count: m }) })),
        ]}
      />
      <TextField
        id="referral-package"
        label={t('steps.fields.package')}
        optional
        value={v.package}
        onValue={set('package')}
        error={errors['referral-package']}
      />
      <SelectField
        id="referral-caseworkerId"
        label={t('referral.caseworker')}
        value={caseworkerId}
        onValue={setCaseworkerId}
        error={errors['referral-caseworkerId']}
        options={people(partnership?.caseworkers)}
      />
      <SelectField
        id="referral-coordinatorId"
        label={t('referral.coordinator')}
        value={coordinatorId}
        onValue={setCoordinatorId}
        error={errors['referral-coordinatorId']}
        options={people(partnership?.coordinators)}
      />
      <CheckboxGroup
        id="referral-consent"
        legend={t('referral.consentLegend')}
        hint={t('referral.consentHint')}
        values={consent}
        onValues={setConsent}
        options={[{ value: 'yes', label: t('referral.consent') }]}
      />
    </FormPanel>
  );
}
