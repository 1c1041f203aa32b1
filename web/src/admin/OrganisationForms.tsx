import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { SelectField, TextField } from '../app/forms.tsx';
import {
  type AdminOverview,
  createOrganisation,
  createPartnership,
  type OrganisationKind,
  organisationKinds,
} from './api.ts';

export function NewOrganisationForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<OrganisationKind>('company');
  const [name, setName] = useState('');
  const form = useFormSubmit({
    save: () => createOrganisation({ kind, name }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      showSaved(t('admin.organisationCreated', { name }));
      setName('');
    },
    fields: {
      'body.name': { id: 'org-name', label: t('admin.name') },
      'body.kind': { id: 'org-kind', label: t('admin.kindLabel') },
    },
    validate: () => ({ 'org-name': name.trim() ? undefined : t('admin.nameMissing') }),
  });
  return (
    <FormPanel
      form={form}
      headingId="new-organisation"
      headingLevel={3}
      heading={t('admin.newOrganisation')}
      submitLabel={t('admin.create')}
    >
      <SelectField
        id="org-kind"
        label={t('admin.kindLabel')}
        value={kind}
        onValue={(v) => setKind(v as OrganisationKind)}
        options={organisationKinds.map((k) => ({ value: k, label: t(`admin.kind.${k}`) }))}
      />
      <TextField
        id="org-name"
        label={t('admin.name')}
        value={name}
        onValue={setName}
        error={form.errors['org-name']}
      />
    </FormPanel>
  );
}

export function NewPartnershipForm({ organisations }: { organisations: AdminOverview['organisations'] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [municipalityId, setMunicipalityId] = useState('');
  const [institutionId, setInstitutionId] = useState('');
  const of = (kind: OrganisationKind) => [
    { value: '', label: t('admin.choose') },
    ...organisations.filter((o) => o.kind === kind).map((o) => ({ value: o.id, label: o.name })),
  ];
  const form = useFormSubmit({
    save: () => createPartnership({ name, municipalityId, institutionId }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      showSaved(t('admin.partnershipCreated', { name }));
      setName('');
    },
    fields: {
      'body.name': { id: 'partnership-name', label: t('admin.name') },
      'body.municipalityId': { id: 'partnership-municipality', label: t('admin.kind.municipality') },
      'body.institutionId': { id: 'partnership-institution', label: t('admin.kind.institution') },
    },
    validate: () => ({
      'partnership-name': name.trim() ? undefined : t('admin.nameMissing'),
      'partnership-municipality': municipalityId ? undefined : t('admin.organisationMissing'),
      'partnership-institution': institutionId ? undefined : t('admin.organisationMissing'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId="new-partnership"
      headingLevel={3}
      heading={t('admin.newPartnership')}
      submitLabel={t('admin.create')}
    >
      <TextField
        id="partnership-name"
        label={t('admin.name')}
        value={name}
        onValue={setName}
        error={form.errors['partnership-name']}
      />
      <SelectField
        id="partnership-municipality"
        label={t('admin.kind.municipality')}
        value={municipalityId}
        onValue={setMunicipalityId}
        options={of('municipality')}
        error={form.errors['partnership-municipality']}
      />
      <SelectField
        id="partnership-institution"
        label={t('admin.kind.institution')}
        value={institutionId}
        onValue={setInstitutionId}
        options={of('institution')}
        error={form.errors['partnership-institution']}
      />
    </FormPanel>
  );
}
