import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { SelectField, TextField } from '../app/forms.tsx';
import { labelFor } from '../app/i18n.ts';
import { announce } from '../app/live.ts';
import {
  type AdminOverview,
  changeMembership,
  createUser,
  type OrganisationRole,
  organisationRoles,
} from './api.ts';

type Organisations = AdminOverview['organisations'];
type User = AdminOverview['users'][number];

const roleOptions = () => organisationRoles.map((r) => ({ value: r, label: labelFor('roles', r) }));
const organisationOptions = (organisations: Organisations, choose: string) => [
  { value: '', label: choose },
  ...organisations.map((o) => ({ value: o.id, label: o.name })),
];

/** A new user with one role; their password is shown here once, to pass on in person. */
export function NewUserForm({ organisations }: { organisations: Organisations }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<OrganisationRole>('youthCoordinator');
  const [password, setPassword] = useState<string | null>(null);
  const form = useFormSubmit({
    save: async () => {
      const created = await createUser({ username, displayName, organisationId, role });
      setPassword(created.password);
    },
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      showSaved(t('admin.userCreated', { username: username.toLowerCase() }));
      setUsername('');
      setDisplayName('');
    },
    fields: {
      'body.username': { id: 'user-username', label: t('admin.username') },
      'body.displayName': { id: 'user-name', label: t('admin.displayName') },
      'body.organisationId': { id: 'user-organisation', label: t('admin.organisation') },
      'body.role': { id: 'user-role', label: t('admin.role') },
    },
    validate: () => ({
      'user-username': /^[a-zA-Z0-9._-]{2,64}$/.test(username.trim())
        ? undefined
        : t('admin.usernameInvalid'),
      'user-name': displayName.trim() ? undefined : t('admin.displayNameMissing'),
      'user-organisation': organisationId ? undefined : t('admin.organisationMissing'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId="new-user"
      headingLevel={3}
      heading={t('admin.newUser')}
      submitLabel={t('admin.createUser')}
    >
      <TextField
        id="user-username"
        label={t('admin.username')}
        value={username}
        onValue={setUsername}
        error={form.errors['user-username']}
        autoComplete="off"
      />
      <TextField
        id="user-name"
        label={t('admin.displayName')}
        value={displayName}
        onValue={setDisplayName}
        error={form.errors['user-name']}
      />
      <SelectField
        id="user-organisation"
        label={t('admin.organisation')}
        value={organisationId}
        onValue={setOrganisationId}
        options={organisationOptions(organisations, t('admin.choose'))}
        error={form.errors['user-organisation']}
      />
      <SelectField
        id="user-role"
        label={t('admin.role')}
        value={role}
        onValue={(v) => setRole(v as OrganisationRole)}
        options={roleOptions()}
      />
      {password && form.saved ? (
        <p className="alert alert-success" data-testid="one-time-password">
          {t('admin.passwordOnce')} <code>{password}</code>
        </p>
      ) : null}
    </FormPanel>
  );
}

/** Gives an existing user one more role in an organisation. */
export function GiveRoleForm({ users, organisations }: { users: User[]; organisations: Organisations }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [userId, setUserId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<OrganisationRole>('youthCoordinator');
  const form = useFormSubmit({
    save: () => changeMembership(userId, { organisationId, role }, 'add'),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      showSaved(t('admin.roleGiven'));
    },
    fields: {
      'body.organisationId': { id: 'role-organisation', label: t('admin.organisation') },
      'body.role': { id: 'role-role', label: t('admin.role') },
    },
    validate: () => ({
      'role-user': userId ? undefined : t('admin.userMissing'),
      'role-organisation': organisationId ? undefined : t('admin.organisationMissing'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId="give-role"
      headingLevel={3}
      heading={t('admin.giveRole')}
      submitLabel={t('admin.give')}
    >
      <SelectField
        id="role-user"
        label={t('admin.user')}
        value={userId}
        onValue={setUserId}
        options={[
          { value: '', label: t('admin.choose') },
          ...users.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` })),
        ]}
        error={form.errors['role-user']}
      />
      <SelectField
        id="role-organisation"
        label={t('admin.organisation')}
        value={organisationId}
        onValue={setOrganisationId}
        options={organisationOptions(organisations, t('admin.choose'))}
        error={form.errors['role-organisation']}
      />
      <SelectField
        id="role-role"
        label={t('admin.role')}
        value={role}
        onValue={(v) => setRole(v as OrganisationRole)}
        options={roleOptions()}
      />
    </FormPanel>
  );
}

export function RemoveRoleButton({
  user,
  membership,
}: {
  user: User;
  membership: User['memberships'][number];
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () =>
      changeMembership(
        user.id,
        { organisationId: membership.organisationId, role: membership.role as OrganisationRole },
        'remove',
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      announce(t('admin.roleRemoved'));
    },
    onError: () => announce(t('app.errorGeneric')),
  });
  return (
    <button
      type="button"
      className="button button-tertiary app-compact-button"
      aria-label={t('admin.removeRoleFor', {
        role: labelFor('roles', membership.role),
        organisation: membership.organisationName,
        user: user.displayName,
      })}
      onClick={() => remove.mutate()}
    >
      {t('admin.removeRole')}
    </button>
  );
}
