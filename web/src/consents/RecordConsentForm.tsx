import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConsentCategory, categoriesFor, defaultCategories } from '../../../src/consents/categories.ts';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import {
  CheckboxGroup,
  DateField,
  FormAlert,
  RadioGroup,
  SelectField,
  useDisclosure,
} from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { type ConsentPurpose, consentPurposes, consentRecipientsQuery, giveConsent } from './api.ts';

/** "Registrér samtykke": the youth coordinator records a consent the young person has given. */
export function RecordConsentForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { open, setOpen, triggerRef, headingRef } = useDisclosure();
  const [purpose, setPurpose] = useState<ConsentPurpose>('shareWithMunicipality');
  // What is shared: the young person's choice, starting from the least useful default.
  const [categories, setCategories] = useState<ConsentCategory[]>([
    ...defaultCategories.shareWithMunicipality,
  ]);
  const choosePurpose = (next: ConsentPurpose) => {
    setPurpose(next);
    setCategories([...defaultCategories[next]]);
  };
  const categoryChoices: readonly ConsentCategory[] = categoriesFor[purpose];
  const [companyId, setCompanyId] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const recipients = useQuery({ ...consentRecipientsQuery(courseId), enabled: open });
  const companies = recipients.data?.companies ?? [];
  const toCompany = purpose === 'shareWithCompany';

  const form = useFormSubmit({
    save: () =>
      giveConsent(courseId, {
        purpose,
        givenOn,
        categories: categoryChoices.length ? categories : [],
        ...(toCompany ? { recipientOrganisationId: companyId } : {}),
      }),
    onSaved: async () => {
      const company = companies.find((c) => c.id === companyId)?.name;
      const what = `${t(`consents.purpose.${purpose}`)}${toCompany && company ? `: ${company}` : ''}`;
      await queryClient.invalidateQueries({ queryKey: ['course', courseId] });
      setOpen(false);
      choosePurpose('shareWithMunicipality');
      setCompanyId('');
      setGivenOn(todayIso());
      announce(t('consents.record.saved', { what }));
    },
    fields: {
      'body.purpose': { id: 'consent-purpose', label: t('consents.record.purpose') },
      'body.categories': { id: 'consent-categories', label: t('consents.record.categories') },
      'body.recipientOrganisationId': { id: 'consent-company', label: t('consents.record.company') },
      'body.givenOn': { id: 'consent-date', label: t('consents.record.date') },
    },
    validate: () => ({
      'consent-company': toCompany && !companyId ? t('consents.record.companyMissing') : undefined,
      'consent-categories':
        categoryChoices.length && categories.length === 0
          ? t('consents.record.categoriesMissing')
          : undefined,
      'consent-date': !givenOn
        ? t('form.dateMissing')
        : givenOn > todayIso()
          ? t('form.dateInFuture')
          : undefined,
    }),
  });
  const { errors } = form;

  if (!open) {
    return (
      <button
        ref={triggerRef}
        type="button"
        className="button button-secondary mt-4"
        onClick={() => setOpen(true)}
      >
        {t('consents.record.open')}
      </button>
    );
  }
  return (
    <FormPanel
      form={form}
      headingId="consent-form-heading"
      headingLevel={4}
      heading={t('consents.record.title')}
      headingRef={headingRef}
      submitLabel={t('consents.record.submit')}
      onCancel={() => setOpen(false)}
    >
      <RadioGroup
        id="consent-purpose"
        legend={t('consents.record.purpose')}
        value={purpose}
        onValue={(v) => choosePurpose(v as ConsentPurpose)}
        options={consentPurposes.map((p) => ({ value: p, label: t(`consents.purpose.${p}`) }))}
        error={errors['consent-purpose']}
      />
      {toCompany ? (
        <>
          <SelectField
            id="consent-company"
            label={t('consents.record.company')}
            value={companyId}
            onValue={setCompanyId}
            options={[
              { value: '', label: t('consents.record.companyChoose') },
              ...companies.map((c) => ({ value: c.id, label: c.name })),
            ]}
            error={errors['consent-company']}
          />
          <FormAlert message={recipients.isError ? t('consents.record.companiesFailed') : null} />
        </>
      ) : null}
      {categoryChoices.length ? (
        <CheckboxGroup
          id="consent-categories"
          legend={t('consents.record.categories')}
          hint={toCompany ? t('consents.record.categoriesCompanyHint') : t('consents.record.categoriesHint')}
          values={categories}
          onValues={(v) => setCategories(v as ConsentCategory[])}
          options={categoryChoices.map((c) => ({ value: c, label: t(`consents.category.${c}`) }))}
          error={errors['consent-categories']}
        />
      ) : null}
      <DateField
        id="consent-date"
        label={t('consents.record.date')}
        value={givenOn}
        onValue={setGivenOn}
        max={todayIso()}
        error={errors['consent-date']}
      />
    </FormPanel>
  );
}
