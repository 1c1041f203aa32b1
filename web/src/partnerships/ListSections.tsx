import { useTranslation } from 'react-i18next';
import { TextArea, TextField } from '../app/forms.tsx';
import type { MeetingDraft, MemberDraft, PackageDraft, RoleDraft } from './draft.ts';
import { FormSection, fieldProps, type SectionProps } from './formParts.tsx';
import { RowFields } from './RowFields.tsx';
import { PartySelect } from './ScalarSections.tsx';

/** The agreement form's lists: the development group, roles, meetings and packages. */

export function MembersFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  const f = (i: number, key: string) =>
    fieldProps(t, errors, `developmentGroup[${i}].${key}`, t(`agreement.fields.${key as 'name'}`));
  return (
    <FormSection title={t('agreement.sections.developmentGroup')}>
      <RowFields<MemberDraft>
        list="developmentGroup"
        path="developmentGroup"
        rows={draft.developmentGroup}
        onRows={(developmentGroup) => onDraft({ ...draft, developmentGroup })}
        make={() => ({ name: '', role: '', party: 'municipality' })}
        nameOf={(m) => m.name}
        firstField="name"
      >
        {(m, i, set) => (
          <div className="app-agreement-field-row">
            <TextField {...f(i, 'name')} value={m.name} onValue={(name) => set({ name })} maxLength={200} />
            <TextField {...f(i, 'role')} value={m.role} onValue={(role) => set({ role })} maxLength={200} />
            <PartySelect {...f(i, 'party')} value={m.party} onValue={(party) => set({ party })} />
          </div>
        )}
      </RowFields>
    </FormSection>
  );
}

export function RolesFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('agreement.sections.roles')}>
      <RowFields<RoleDraft>
        list="roles"
        path="roles"
        rows={draft.roles}
        onRows={(roles) => onDraft({ ...draft, roles })}
        make={() => ({ role: '', tasks: '' })}
        nameOf={(r) => r.role}
        firstField="role"
      >
        {(r, i, set) => (
          <>
            <TextField
              {...fieldProps(t, errors, `roles[${i}].role`, t('agreement.fields.role'))}
              value={r.role}
              onValue={(role) => set({ role })}
              maxLength={200}
            />
            <TextArea
              {...fieldProps(t, errors, `roles[${i}].tasks`, t('agreement.fields.tasks'))}
              value={r.tasks}
              onValue={(tasks) => set({ tasks })}
              rows={2}
            />
          </>
        )}
      </RowFields>
    </FormSection>
  );
}

export function MeetingsFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('agreement.sections.meetings')}>
      <RowFields<MeetingDraft>
        list="meetings"
        path="meetings"
        rows={draft.meetings}
        onRows={(meetings) => onDraft({ ...draft, meetings })}
        make={() => ({ format: '', cadence: '' })}
        nameOf={(m) => m.format}
        firstField="format"
      >
        {(m, i, set) => (
          <div className="app-agreement-field-row">
            <TextField
              {...fieldProps(t, errors, `meetings[${i}].format`, t('agreement.fields.format'))}
              value={m.format}
              onValue={(format) => set({ format })}
              maxLength={200}
            />
            <TextField
              {...fieldProps(t, errors, `meetings[${i}].cadence`, t('agreement.fields.cadence'))}
              value={m.cadence}
              onValue={(cadence) => set({ cadence })}
              maxLength={500}
            />
          </div>
        )}
      </RowFields>
    </FormSection>
  );
}

export function PackagesFields({ draft, onDraft, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('agreement.sections.packages')}>
      <RowFields<PackageDraft>
        list="packages"
        path="packages"
        rows={draft.packages}
        onRows={(packages) => onDraft({ ...draft, packages })}
        make={() => ({ name: '', content: '', monthlyPrice: '' })}
        nameOf={(p) => p.name}
        firstField="name"
      >
        {(p, i, set) => (
          <>
            <div className="app-agreement-field-row">
              <TextField
                {...fieldProps(t, errors, `packages[${i}].name`, t('agreement.fields.packageName'))}
                value={p.name}
                onValue={(name) => set({ name })}
                maxLength={200}
              />
              <TextField
                {...fieldProps(t, errors, `packages[${i}].monthlyPrice`, t('agreement.fields.monthlyPrice'))}
                inputMode="numeric"
                className="app-input-number"
                value={p.monthlyPrice}
                onValue={(monthlyPrice) => set({ monthlyPrice })}
              />
            </div>
            <TextArea
              {...fieldProps(t, errors, `packages[${i}].content`, t('agreement.fields.content'))}
              value={p.content}
              onValue={(content) => set({ content })}
              rows={3}
            />
          </>
        )}
      </RowFields>
    </FormSection>
  );
}
