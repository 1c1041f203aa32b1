import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, DateField, RadioGroup, SelectField, TextArea, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  addAssessment,
  addContact,
  addOpening,
  type CompanyDetail,
  companiesKey,
  type Level,
  levels,
  type WorkFunction,
  workFunctions,
} from './api.ts';

interface PartProps {
  companyId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** Saving any part changes the company page and the list (capacity, open places). */
const useRefresh = () => {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: companiesKey });
};

/** A contact at the company; a mentor may be linked to their sign-in. */
export function ContactForm({
  companyId,
  mentorUsers,
  headingRef,
  onDone,
}: PartProps & { mentorUsers: CompanyDetail['mentorUsers'] }) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [isMentor, setIsMentor] = useState<string[]>([]);
  const [userId, setUserId] = useState('');
  const mentor = isMentor.includes('yes');
  const form = useFormSubmit({
    save: () =>
      addContact(companyId, {
        name: name.trim(),
        title: title.trim(),
        phone: phone.trim(),
        email: email.trim(),
        isMentor: mentor,
        userId: mentor && userId ? userId : null,
      }),
    onSaved: async () => {
      await refresh();
      announce(t('companies.contacts.added', { name: name.trim() }));
      onDone();
    },
    fields: {
      'body.name': { id: 'contact-name', label: t('companies.contacts.name') },
      'body.title': { id: 'contact-title', label: t('companies.contacts.title') },
      'body.phone': { id: 'contact-phone', label: t('companies.contacts.phone') },
      'body.email': { id: 'contact-email', label: t('companies.contacts.email') },
      'body.userId': { id: 'contact-user', label: t('companies.contacts.signIn') },
    },
    validate: () => ({ 'contact-name': name.trim() ? undefined : t('companies.contacts.nameMissing') }),
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId="contact-heading"
      headingLevel={3}
      heading={t('companies.contacts.add')}
      headingRef={headingRef}
      submitLabel={t('companies.contacts.create')}
      onCancel={onDone}
    >
      <TextField
        id="contact-name"
        label={t('companies.contacts.name')}
        value={name}
        onValue={setName}
        error={errors['contact-name']}
      />
      <TextField
        id="contact-title"
        label={t('companies.contacts.title')}
        optional
        value={title}
        onValue={setTitle}
        error={errors['contact-title']}
      />
      <TextField
        id="contact-phone"
        label={t('companies.contacts.phone')}
        optional
        type="tel"
        value={phone}
        onValue={setPhone}
        error={errors['contact-phone']}
      />
      <TextField
        id="contact-email"
        label={t('companies.contacts.email')}
        optional
        type="email"
        value={email}
        onValue={setEmail}
        error={errors['contact-email']}
      />
      <CheckboxGroup
        id="contact-mentor"
        legend={t('companies.contacts.mentor')}
        options={[{ value: 'yes', label: t('companies.contacts.isMentor') }]}
        values={isMentor}
        onValues={setIsMentor}
      />
      {mentor && mentorUsers.length > 0 ? (
        <SelectField
          id="contact-user"
          label={t('companies.contacts.signIn')}
          optional
          value={userId}
          onValue={setUserId}
          error={errors['contact-user']}
          options={[
            { value: '', label: t('companies.contacts.noSignIn') },
            ...mentorUsers.map((u) => ({ value: u.id, label: u.displayName })),
          ]}
        />
      ) : null}
    </FormPanel>
  );
}

/** A dated assessment of relational capacity, with its reasons. */
export function AssessmentForm({ companyId, headingRef, onDone }: PartProps) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const [level, setLevel] = useState<Level | ''>('');
  const [reasons, setReasons] = useState('');
  const form = useFormSubmit({
    save: () => addAssessment(companyId, { assessedOn, level: level as Level, reasons: reasons.trim() }),
    onSaved: async () => {
      await refresh();
      announce(t('companies.assessment.saved'));
      onDone();
    },
    fields: {
      'body.assessedOn': { id: 'assessment-date', label: t('companies.assessment.assessedOn') },
      'body.level': { id: 'assessment-level', label: t('companies.assessment.level') },
      'body.reasons': { id: 'assessment-reasons', label: t('companies.assessment.reasons') },
    },
    validate: () => ({
      'assessment-date': assessedOn ? undefined : t('form.dateMissing'),
      'assessment-level': level ? undefined : t('companies.assessment.levelMissing'),
      'assessment-reasons': reasons.trim() ? undefined : t('companies.assessment.reasonsMissing'),
    }),
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId="assessment-heading"
      headingLevel={3}
      heading={t('companies.assessment.add')}
      headingRef={headingRef}
      submitLabel={t('companies.assessment.create')}
      onCancel={onDone}
    >
      <DateField
        id="assessment-date"
        label={t('companies.assessment.assessedOn')}
        value={assessedOn}
        onValue={setAssessedOn}
        error={errors['assessment-date']}
      />
      <RadioGroup
        id="assessment-level"
        legend={t('companies.assessment.level')}
        value={level}
        onValue={(v) => setLevel(v as Level)}
        options={levels.map((l) => ({ value: l, label: t(`level.${l}`) }))}
        error={errors['assessment-level']}
        inline
      />
      <TextArea
        id="assessment-reasons"
        label={t('companies.assessment.reasons')}
        value={reasons}
        onValue={setReasons}
        error={errors['assessment-reasons']}
      />
    </FormPanel>
  );
}

/** A place the company offers. */
export function OpeningForm({ companyId, headingRef, onDone }: PartProps) {
  const { t } = useTranslation();
  const refresh = useRefresh();
  const [title, setTitle] = useState('');
  const [functions, setFunctions] = useState<string[]>([]);
  const [hours, setHours] = useState('');
  const [from, setFrom] = useState('');
  const [note, setNote] = useState('');
  const hoursNumber = hours.trim() ? Number(hours.replace(',', '.')) : null;
  const form = useFormSubmit({
    save: () =>
      addOpening(companyId, {
        title: title.trim(),
        workFunctions: functions as WorkFunction[],
        hoursPerWeek: hoursNumber,
        availableFrom: from || null,
        note: note.trim(),
      }),
    onSaved: async () => {
      await refresh();
      announce(t('companies.openings.added'));
      onDone();
    },
    fields: {
      'body.title': { id: 'opening-title', label: t('companies.openings.title') },
      'body.hoursPerWeek': { id: 'opening-hours', label: t('companies.openings.hours') },
      'body.availableFrom': { id: 'opening-from', label: t('companies.openings.from') },
      'body.note': { id: 'opening-note', label: t('companies.notes') },
    },
    validate: () => ({
      'opening-title': title.trim() ? undefined : t('companies.openings.titleMissing'),
      'opening-hours':
        hoursNumber === null || (hoursNumber > 0 && hoursNumber <= 60)
          ? undefined
          : t('companies.openings.hoursInvalid'),
    }),
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId="opening-heading"
      headingLevel={3}
      heading={t('companies.openings.add')}
      headingRef={headingRef}
      submitLabel={t('companies.openings.create')}
      onCancel={onDone}
    >
      <TextField
        id="opening-title"
        label={t('companies.openings.title')}
        value={title}
        onValue={setTitle}
        error={errors['opening-title']}
      />
      <CheckboxGroup
        id="opening-functions"
        legend={t('companies.functions')}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
      />
      <div className="app-field-row">
        <TextField
          id="opening-hours"
          label={t('companies.openings.hours')}
          optional
          inputMode="decimal"
          className="app-input-short"
          value={hours}
          onValue={setHours}
          error={errors['opening-hours']}
        />
        <DateField
          id="opening-from"
          label={t('companies.openings.from')}
          optional
          value={from}
          onValue={setFrom}
          error={errors['opening-from']}
        />
      </div>
      <TextArea
        id="opening-note"
        label={t('companies.notes')}
        optional
        rows={3}
        value={note}
        onValue={setNote}
        error={errors['opening-note']}
      />
    </FormPanel>
  );
}
