import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../app/api.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { CheckboxGroup, SelectField, TextArea, TextField, useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { LoadError, Loading, NoAccessPage } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import {
  createWorkplace,
  updateWorkplace,
  type WorkFunction,
  type Workplace,
  type WorkplaceList,
  workFunctions,
  workplacesKey,
  workplacesQuery,
} from './api.ts';
import './companies.css';

/** "Værksteder": the institution's own workplaces and their mentors. */
export function WorkplacesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workplaces.title'));
  const list = useQuery(workplacesQuery);
  const add = useDisclosure();
  const [editing, setEditing] = useState<string | null>(null);
  if (isApiError(list.error, 404)) return <NoAccessPage />;
  const writable = (list.data?.networks ?? []).filter((n) => n.writable);
  const mayWrite = (w: Workplace) => writable.some((n) => n.id === w.institutionId);
  return (
    <>
      <p className="app-back">
        <Link to="/virksomheder">{t('workplaces.back')}</Link>
      </p>
      <h1>{t('workplaces.title')}</h1>
      <p>{t('workplaces.intro')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          {list.data.workplaces.length === 0 ? (
            <p>{t('workplaces.none')}</p>
          ) : (
            <table
              className="table table--zebra table-sm-responsive-headers app-table app-stack"
              data-testid="workplaces"
            >
              <caption className="sr-only">{t('workplaces.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workplaces.name')}</th>
                  <th scope="col">{t('workplaces.functions')}</th>
                  <th scope="col">{t('workplaces.mentors')}</th>
                  <th scope="col">{t('workplaces.status')}</th>
                  {writable.length > 0 ? (
                    <th scope="col">
                      <span className="sr-only">{t('workplaces.save')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {list.data.workplaces.map((w) => (
                  <tr key={w.id}>
                    <th scope="row" data-title={t('workplaces.name')}>
                      {w.name}
                      {w.description ? <span className="app-muted"> · {w.description}</span> : null}
                    </th>
                    <td data-title={t('workplaces.functions')}>
                      {w.workFunctions.map((f) => t(`workFunction.${f as WorkFunction}`)).join(', ') || '–'}
                    </td>
                    <td data-title={t('workplaces.mentors')}>
                      {w.mentors.map((m) => m.displayName).join(', ') || t('workplaces.noMentors')}
                    </td>
                    <td data-title={t('workplaces.status')}>
                      {w.active ? t('workplaces.active') : t('workplaces.inactive')}
                    </td>
                    {writable.length > 0 ? (
                      <td className="app-cell-actions">
                        {mayWrite(w) ? (
                          <button
                            type="button"
                            className="button button-tertiary app-compact-button"
                            onClick={() => setEditing(w.id)}
                          >
                            {t('workplaces.edit', { name: w.name })}
                          </button>
                        ) : null}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {editing
            ? (() => {
                const workplace = list.data.workplaces.find((w) => w.id === editing);
                return workplace ? (
                  <WorkplaceForm
                    key={workplace.id}
                    list={list.data}
                    workplace={workplace}
                    onDone={() => setEditing(null)}
                  />
                ) : null;
              })()
            : null}
          {writable.length > 0 ? (
            add.open ? (
              <WorkplaceForm list={list.data} headingRef={add.headingRef} onDone={() => add.setOpen(false)} />
            ) : (
              <p>
                <button
                  type="button"
                  className="button button-primary"
                  ref={add.triggerRef}
                  onClick={() => add.setOpen(true)}
                >
                  {t('workplaces.add')}
                </button>
              </p>
            )
          ) : null}
        </>
      ) : null}
    </>
  );
}

interface FormProps {
  list: WorkplaceList;
  workplace?: Workplace;
  headingRef?: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** A workplace: name, work functions, description, mentors; an existing one can be closed and reopened. */
function WorkplaceForm({ list, workplace, headingRef, onDone }: FormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = workplace ? `workplace-${workplace.id}` : 'workplace-new';
  const writable = list.networks.filter((n) => n.writable);
  const [base, setBase] = useState(workplace);
  const [institutionId, setInstitutionId] = useState(
    workplace?.institutionId ?? (writable.length === 1 ? (writable[0]?.id ?? '') : ''),
  );
  const [name, setName] = useState(workplace?.name ?? '');
  const [functions, setFunctions] = useState<string[]>(workplace?.workFunctions ?? []);
  const [description, setDescription] = useState(workplace?.description ?? '');
  const [mentors, setMentors] = useState<string[]>(workplace?.mentors.map((m) => m.id) ?? []);
  const [active, setActive] = useState(workplace?.active ?? true);
  const options = list.mentorOptions.filter((m) => m.institutionId === institutionId);
  const id = (field: string) => `${prefix}-${field}`;
  const body = {
    name: name.trim(),
    workFunctions: functions as WorkFunction[],
    description: description.trim(),
    mentorIds: mentors.filter((m) => options.some((o) => o.id === m)),
  };
  const form = useFormSubmit({
    save: async () => {
      try {
        if (base) return await updateWorkplace(base.id, { ...body, active }, base.version);
        return await createWorkplace({ ...body, ...(writable.length > 1 ? { institutionId } : {}) });
      } catch (error) {
        // A name the institution already uses is shown at the name.
        if (error instanceof ApiError && error.status === 409 && error.field)
          throw new ApiError(400, error.code, error.message, error.field);
        throw error;
      }
    },
    onStale: (current) => {
      const now = current as Workplace | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('workplaces.changedMeanwhile', { name: now.name })];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: workplacesKey });
      announce(
        base
          ? active
            ? t('workplaces.saved', { name: body.name })
            : t('workplaces.closed', { name: body.name })
          : t('workplaces.created', { name: body.name }),
      );
      onDone();
    },
    fields: {
      'body.name': { id: id('name'), label: t('workplaces.name') },
      'body.description': { id: id('description'), label: t('workplaces.description') },
      'body.mentorIds': { id: id('mentors'), label: t('workplaces.mentors') },
      'body.institutionId': { id: id('network'), label: t('companies.network') },
    },
    validate: () => ({
      [id('name')]: name.trim() ? undefined : t('workplaces.nameMissing'),
      [id('network')]: institutionId ? undefined : t('companies.chooseNetwork'),
    }),
  });
  const { errors } = form;
  return (
    <FormPanel
      form={form}
      headingId={id('heading')}
      headingLevel={3}
      heading={base ? t('workplaces.editTitle', { name: base.name }) : t('workplaces.add')}
      headingRef={headingRef}
      submitLabel={base ? t('workplaces.save') : t('workplaces.create')}
      onCancel={onDone}
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
        label={t('workplaces.name')}
        value={name}
        onValue={setName}
        error={errors[id('name')]}
      />
      <CheckboxGroup
        id={id('functions')}
        legend={t('workplaces.functions')}
        options={workFunctions.map((f) => ({ value: f, label: t(`workFunction.${f}`) }))}
        values={functions}
        onValues={setFunctions}
      />
      <TextArea
        id={id('description')}
        label={t('workplaces.description')}
        optional
        rows={3}
        value={description}
        onValue={setDescription}
        error={errors[id('description')]}
      />
      {options.length > 0 ? (
        <CheckboxGroup
          id={id('mentors')}
          legend={t('workplaces.mentors')}
          options={options.map((m) => ({ value: m.id, label: m.displayName }))}
          values={mentors}
          onValues={setMentors}
          error={errors[id('mentors')]}
        />
      ) : null}
      {base ? (
        <CheckboxGroup
          id={id('active')}
          legend={t('workplaces.status')}
          options={[{ value: 'active', label: t('workplaces.active') }]}
          values={active ? ['active'] : []}
          onValues={(v) => setActive(v.includes('active'))}
        />
      ) : null}
    </FormPanel>
  );
}
