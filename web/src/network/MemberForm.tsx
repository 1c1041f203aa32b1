import { useQueryClient } from '@tanstack/react-query';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { RadioGroup, SelectField, TextField } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import {
  addMember,
  type Closeness,
  closenesses,
  type NetworkMember,
  type NetworkMemberPatch,
  networkKey,
  type Relation,
  relations,
  type Sphere,
  spheres,
  updateMember,
} from './api.ts';

/** Family, friends and a partner are usually private; everyone else is there for their work. */
const usualSphere = (relation: Relation): Sphere =>
  relation === 'family' || relation === 'friend' || relation === 'partner' ? 'private' : 'professional';

interface Props {
  courseId: string;
  /** Given to change a person; without it the form adds one. */
  member?: NetworkMember;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDone: () => void;
}

/** Adds a person to the young person's network, or changes one (with the version they saw). */
export function MemberForm({ courseId, member, headingRef, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const prefix = member ? `member-${member.id}` : 'member-new';
  const [name, setName] = useState(member?.name ?? '');
  const [relation, setRelation] = useState<Relation | ''>(member?.relation ?? '');
  const [sphere, setSphere] = useState<Sphere | ''>(member?.sphere ?? '');
  const [closeness, setCloseness] = useState<Closeness | ''>(member?.closeness ?? '');
  const [phone, setPhone] = useState(member?.phone ?? '');
  const [email, setEmail] = useState(member?.email ?? '');
  const [courseRole, setCourseRole] = useState(member?.courseRole ?? '');
  const [base, setBase] = useState(member);

  const values = {
    name: name.trim(),
    relation: relation as Relation,
    sphere: sphere as Sphere,
    closeness: closeness as Closeness,
    phone: phone.trim(),
    email: email.trim(),
    courseRole: courseRole.trim(),
  };
  function changes(from: NetworkMember): NetworkMemberPatch {
    return Object.fromEntries(
      Object.entries(values).filter(([k, v]) => from[k as keyof typeof values] !== v),
    ) as NetworkMemberPatch;
  }

  const form = useFormSubmit({
    save: () =>
      base ? updateMember(courseId, base.id, changes(base), base.version) : addMember(courseId, values),
    onStale: async (current) => {
      await queryClient.invalidateQueries({ queryKey: networkKey(courseId) });
      const now = current as NetworkMember | null;
      if (!now) return [t('form.removedMeanwhile')];
      setBase(now);
      return [t('network.changedMeanwhile', { name: now.name })];
    },
    onSaved: async () => {
      await queryClient.invalidateQueries({ queryKey: networkKey(courseId) });
      announce(
        member ? t('network.updated', { name: values.name }) : t('network.added', { name: values.name }),
      );
      onDone();
    },
    fields: {
      'body.name': { id: `${prefix}-name`, label: t('network.name') },
      'body.relation': { id: `${prefix}-relation`, label: t('network.relation') },
      'body.sphere': { id: `${prefix}-sphere`, label: t('network.sphere') },
      'body.closeness': { id: `${prefix}-closeness`, label: t('network.closeness') },
      'body.phone': { id: `${prefix}-phone`, label: t('network.phone') },
      'body.email': { id: `${prefix}-email`, label: t('network.email') },
      'body.courseRole': { id: `${prefix}-role`, label: t('network.courseRole') },
    },
    validate: () => ({
      [`${prefix}-name`]: name.trim() ? undefined : t('network.nameMissing'),
      [`${prefix}-relation`]: relation ? undefined : t('network.relationMissing'),
      [`${prefix}-sphere`]: sphere ? undefined : t('network.sphereMissing'),
      [`${prefix}-closeness`]: closeness ? undefined : t('network.closenessMissing'),
    }),
    holdBack: () => (base && Object.keys(changes(base)).length === 0 ? t('network.nothingChanged') : null),
  });
  const { errors } = form;

  return (
    <FormPanel
      form={form}
      headingId={`${prefix}-heading`}
      headingLevel={4}
      heading={member ? t('network.editTitle', { name: member.name }) : t('network.add')}
      headingRef={headingRef}
      submitLabel={member ? t('network.save') : t('network.create')}
      onCancel={onDone}
    >
      <TextField
        id={`${prefix}-name`}
        label={t('network.name')}
        value={name}
        onValue={setName}
        error={errors[`${prefix}-name`]}
        required
      />
      <SelectField
        id={`${prefix}-relation`}
        label={t('network.relation')}
        value={relation}
        onValue={(v) => {
          setRelation(v as Relation);
          if (v) setSphere(usualSphere(v as Relation));
        }}
        error={errors[`${prefix}-relation`]}
        options={[
          { value: '', label: t('network.chooseRelation') },
          ...relations.map((r) => ({ value: r, label: t(`network.relations.${r}`) })),
        ]}
      />
      <RadioGroup
        id={`${prefix}-sphere`}
        legend={t('network.sphere')}
        value={sphere}
        onValue={(v) => setSphere(v as Sphere)}
        options={spheres.map((s) => ({ value: s, label: t(`network.spheres.${s}`) }))}
        error={errors[`${prefix}-sphere`]}
        inline
      />
      <RadioGroup
        id={`${prefix}-closeness`}
        legend={t('network.closeness')}
        hint={t('network.closenessHint')}
        value={closeness}
        onValue={(v) => setCloseness(v as Closeness)}
        options={closenesses.map((c) => ({ value: c, label: t(`network.closenesses.${c}`) }))}
        error={errors[`${prefix}-closeness`]}
        inline
      />
      <TextField
        id={`${prefix}-phone`}
        label={t('network.phone')}
        optional
        type="tel"
        autoComplete="off"
        value={phone}
        onValue={setPhone}
        error={errors[`${prefix}-phone`]}
      />
      <TextField
        id={`${prefix}-email`}
        label={t('network.email')}
        optional
        type="email"
        autoComplete="off"
        value={email}
        onValue={setEmail}
        error={errors[`${prefix}-email`]}
      />
      <TextField
        id={`${prefix}-role`}
        label={t('network.courseRole')}
        hint={t('network.courseRoleHint')}
        optional
        value={courseRole}
        onValue={setCourseRole}
        error={errors[`${prefix}-role`]}
      />
    </FormPanel>
  );
}
