import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResponse } from '../api/types.ts';
import { api } from '../app/api.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { TextField } from '../app/forms.tsx';

type Profile = ApiResponse<'/api/auth/profile'>;
const profileQuery = { queryKey: ['profile'], queryFn: () => api<Profile>('GET', '/api/auth/profile') };

/** The person's work phone: a company mentor sees their coordinator's number on their own page. */
export function PhoneForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const profile = useQuery(profileQuery);
  const [phone, setPhone] = useState('');
  useEffect(() => {
    if (profile.data) setPhone(profile.data.phone ?? '');
  }, [profile.data]);
  const form = useFormSubmit({
    save: () =>
      api<Profile>('PUT', '/api/auth/profile', { phone: phone.trim() === '' ? null : phone.trim() }),
    onSaved: async (showSaved) => {
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
      showSaved(t('profile.saved'));
    },
    fields: { 'body.phone': { id: 'profile-phone', label: t('profile.phone') } },
    validate: () => ({}),
    values: { 'profile-phone': phone },
  });
  return (
    <FormPanel
      form={form}
      headingId="profile-heading"
      headingLevel={3}
      heading={t('profile.title')}
      submitLabel={t('profile.save')}
    >
      <TextField
        id="profile-phone"
        label={t('profile.phone')}
        hint={t('profile.phoneHint')}
        type="tel"
        autoComplete="tel"
        className="input-width-s"
        optional
        value={phone}
        onValue={setPhone}
        error={form.errors['profile-phone']}
      />
    </FormPanel>
  );
}
