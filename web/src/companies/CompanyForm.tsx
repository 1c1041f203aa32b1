import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../app/api.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  type Company,
  type CompanyList,
  type CompanyPatch,
  companiesKey,
  companyKey,
  createCompany,
  type Industry,
  industries,
  isValidCvr,
  type NewPlace,
  newPlaceStates,
  updateCompany,
  type WorkFunction,
  workFunctions,
} from './api.ts';

interface Props {
  /** Given to change a company's profile; without it the form creates one. */
  company?: Company;
  /** The networks the writer may add to (a choice only when there are several). */
  networks?: CompanyList['networks'];
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onDone: (companyId: string) => void;
  onCancel?: () => void;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
/** A coordinate as typed ('55,71' or '55.71'), or null for an empty field; NaN when not a number. */
const coordinate = (v: string) => (v.trim() === '' ? null : Number(v.trim().replace(',', '.')));

/** A company's profile: name, CVR, industry, address and coordinates, work functions, relation, notes. */
export function CompanyForm({ company, networks = [], headingRef, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = company ? 'company-edit' : 'company-new';
  const writable = networks.filter((n) => n.writable);
  const [base, setBase] = useState(company);
  const [name, setName] = useState(company?.name ?? '');
  const [cvr, setCvr] = useState(company?.cvr ?? '');
  const [industry, setIndustry] = useState<Industry | ''>((company?.industry as Industry) ?? '');
  const [street, setStreet] = useState(company?.street ?? '');
  const [postcode, setPostcode] = useState(company?.postcode ?? '');
  const [city, setCity] = useState(company?.city ?? '');
  const [latitude, setLatitude] = useState(text(company?.latitude));
  const [longitude, setLongitude] = useState(text(company?.longitude));
  const [functions, setFunctions] = useState<string[]>(company?.workFunctions ?? []);
  const [relation, setRelation] = useState(company?.personalRelation ?? '');
  const [notes, setNotes] = useState(company?.notes ?? '');
  const [newPlace, setNewPlace] = useState<NewPlace>(company?.newPlace ?? 'notAsked');
  const [newPlaceOn, setNewPlaceOn] = useState(company?.newPlaceOn ?? '');
  const [institutionId, setInstitutionId] = useState(writable.length === 1 ? (writable[0]?.id ?? '') : '');

  const created = useRef<string | null>(null);
  const id = (field: string) => `${prefix}-${field}`;
  const lat = coordinate(latitude);
  const lon = coordinate(longitude);
  const values = {
    name: name.trim(),
    cvr: cvr.trim(),
    industry: industry as Industry,
    street: street.trim(),
    postcode: postcode.trim(),
    city: city.trim(),
    latitude: lat,
    longitude: lon,
    workFunctions: functions as WorkFunction[],
    personalRelation: relation.trim(),
    notes: notes.trim(),
  };
  function changes(from: Company): CompanyPatch {
    const now = { ...values, newPlace, newPlaceOn: newPlaceOn || null };
    const was: Record<string, unknown> = { ...from, cvr: from.cvr ?? '' };
    return Object.fromEntries(
      Object.entries(now).filter(([k, v]) => JSON.stringify(was[k]) !== JSON.stringify(v)),
    ) as CompanyPatch;
  }

  const form = useFormSubmit({
    save: async () => {
      try {
        if (base) return await updateCompany(base.id, changes(base), base.version);
        const saved = await createCompany({
          ...values,
          ...(institutionId && writable.length > 1 ? { institutionId } : {}),
        });
        created.current = saved.company.id;
        return saved;
      } catch (error) {
        // The same CVR twice in the network: shown at the field like any other refusal of it.
        if (error instanceof ApiError && error.status === 409 && error.field)
          throw new ApiError(400, error.code, error.message, error.field);
        throw error;
      }
    },
    onStale: async (current) => {
      const now = current as Company | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      await queryClient.invalidateQueries({ queryKey: companyKey(now.id) });
      return [t('companies.changedMeanwhile', { name: now.name })];
    },
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: companiesKey });
      if (base) {
        showSaved(t('companies.saved'));
        onDone(base.id);
        return;
      }
      announce(t('companies.created', { name: values.name }));
      if (created.current) onDone(created.current);
    },
    fields: {
      'body.name': { id: id('name'), label: t('companies.companyName') },
      'body.cvr': { id: id('cvr'), label: t('companies.cvr') },
      'body.industry': { id: id('industry'), label: t('companies.industry') },
      'body.street': { id: id('street'), label: t('companies.street') },
      'body.postcode': { id: id('postcode'), label: t('companies.postcode') },
      'body.city': { id: id('city'), label: t('companies.city') },
      'body.latitude': { id: id('latitude'), label: t('companies.latitude') },
      'body.longitude': { id: id('longitude'), label: t('companies.longitude') },
      'body.workFunctions': { id: id('functions'), label: t('companies.offers') },
      'body.personalRelation': { id: id('relation'), label: t('companies.personalRelation') },
      'body.notes': { id: id('notes'), label: t('companies.notes') },
      'body.institutionId': { id: id('network'), label: t('companies.network') },
      'body.newPlaceOn': { id: id('new-place-on'), label: t('companies.newPlaceOn') },
    },
    values: { [id('cvr')]: cvr },
    validate: () => ({
      [id('name')]: name.trim() ? undefined : t('companies.nameMissing'),
      [id('cvr')]: cvr.trim() === '' || isValidCvr(cvr.trim()) ? undefined : t('companies.cvrInvalid'),
      [id('industry')]: industry ? undefined : t('companies.industryMissing'),
      [id('latitude')]:
        Number.isNaN(lat) || Number.isNaN(lon) || (lat === null) !== (lon === null)
          ? t('companies.coordinatesInvalid')
          : undefined,
      [id('network')]:
        !base && writable.length > 1 && !institutionId ? t('companies.chooseNetwork') : undefined,
    }),
    holdBack: () => (base && Object.keys(changes(base)).length === 0 ? t('companies.nothingChanged') : null),
  });
  const { errors } = form;
  // A refused CVR says why, not only "check the field".
  const cvrError = errors[id('cvr')];

  return (
    <FormPanel
      form={form}
      headingId={id('heading')}
      headingLevel={3}
      heading={base ? t('companies.editProfile') : t('companies.new')}
      headingRef={headingRef}
      submitLabel={base ? t('companies.save') : t('companies.create')}
      onCancel={onCancel}
    >
      {!base && writable.length > 1 ? (
        <SelectField
          id={id('network')}
          label={t('companies.network')}
          value={institutionId}
          onValue={setInstitutionId}
          error={errors[id('network')]}
          options={[
            { value: '', label: t('companies.chooseNetwork') },
            ...writable.map((n) => ({ value: n.id, label: n.name })),
          ]}
        />
      ) : null}
      <TextField
        id={id('name')}
        label={t('companies.companyName')}
        value={name}
        onValue={setName}
        error={errors[id('name')]}
        autoComplete="off"
      />
      <TextField
        id={id('cvr')}
        label={t('companies.cvr')}
        hint={t('companies.cvrHint')}
        optional
        inputMode="numeric"
        autoComplete="off"
        value={cvr}
        onValue={setCvr}
        error={cvrError}
      />
      <SelectField
        id={id('industry')}
        label={t('companies.industry')}
        value={industry}
        onValue={(v) => setIndustry(v as Industry)}
        error={errors[id('industry')]}
        options={[
          { value: '', label: t('companies.chooseIndustry') },
          ...industries.map((i) => ({ value: i, label: t(`industry.${i}`) })),
        ]}
      />
      <TextField
        id={id('street')}
        label={t('companies.street')}
        optional
        value={street}
        onValue={setStreet}
        error={errors[id('street')]}
      />
      <div className="app-field-row">
        <TextField
          id={id('postcode')}
          label={t('companies.postcode')}
          optional
          inputMode="numeric"
          value={postcode}
          onValue={setPostcode}
          error={errors[id('postcode')]}
        />
        <TextField
          id={id('city')}
          label={t('companies.city')}
          optional
          value={city}
          onValue={setCity}
          error={errors[id('city')]}
        />
      </div>
      <div className="app-field-row">
        <TextField
          id={id('latitude')}
          label={t('companies.latitude')}
          hint={t('companies.coordinatesHint')}
          optional
          inputMode="decimal"
          value={latitude}
          onValue={setLatitude}
          error={errors[id('latitude')]}
        />
        <TextField
          id={id('longitude')}
          label={t('companies.longitude')}
          optional
          inputMode="decimal"
          value={longitude}
          onValue={setLongitude}
          error={errors[id('longitude')]}
        />
      </div>
      <CheckboxGroup
        id={id('functions')}
        legend={t('companies.offers')}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
        error={errors[id('functions')]}
      />
      <TextArea
        id={id('relation')}
        label={t('companies.personalRelation')}
        optional
        rows={3}
        value={relation}
        onValue={setRelation}
        error={errors[id('relation')]}
      />
      <TextArea
        id={id('notes')}
        label={t('companies.notes')}
        optional
        rows={3}
        value={notes}
        onValue={setNotes}
        error={errors[id('notes')]}
      />
      {base ? (
        <>
          <SelectField
            id={id('new-place')}
            label={t('companies.newPlace')}
            value={newPlace}
            onValue={(v) => setNewPlace(v as NewPlace)}
            options={newPlaceStates.map((s) => ({ value: s, label: t(`companies.newPlaces.${s}`) }))}
          />
          <DateField
            id={id('new-place-on')}
            label={t('companies.newPlaceOn')}
            optional
            value={newPlaceOn}
            onValue={setNewPlaceOn}
            error={errors[id('new-place-on')]}
          />
        </>
      ) : null}
    </FormPanel>
  );
}
