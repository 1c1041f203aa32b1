import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouter } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { ErrorSummary, type Errors, FormAlert, SubmitButton, TextField, toErrorList } from '../app/forms.tsx';
import { useDocumentTitle } from '../app/title.ts';
import { meQuery, safeReturnPath, signIn } from './session.ts';

export function SignInPage({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const router = useRouter();
  const navigate = useNavigate();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useDocumentTitle(t('signIn.title'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Errors = {
      username: username.trim() ? undefined : t('signIn.usernameMissing'),
      password: password ? undefined : t('signIn.passwordMissing'),
    };
    setErrors(found);
    setFailure(null);
    if (toErrorList(found).length) return;
    setBusy(true);
    try {
      await signIn(username.trim(), password);
      await queryClient.resetQueries();
      await queryClient.fetchQuery(meQuery);
      const target = safeReturnPath(redirect);
      if (target) router.history.push(target);
      else await navigate({ to: '/' });
    } catch (error) {
      setPassword('');
      if (isApiError(error, 429)) setFailure(t('signIn.locked'));
      else if (isApiError(error, 401)) setFailure(t('signIn.wrong'));
      else if (isApiError(error, 0)) setFailure(t('app.errorNetwork'));
      else setFailure(t('app.errorGeneric'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="app-narrow">
      <h1>{t('signIn.title')}</h1>
      <p className="font-lead">{t('signIn.intro')}</p>
      <ErrorSummary errors={errors} />
      <FormAlert message={failure} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="username"
          label={t('signIn.username')}
          value={username}
          onValue={setUsername}
          error={errors.username}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
        />
        <TextField
          id="password"
          type="password"
          label={t('signIn.password')}
          value={password}
          onValue={setPassword}
          error={errors.password}
          autoComplete="current-password"
          required
        />
        <SubmitButton busy={busy}>{t('signIn.submit')}</SubmitButton>
      </form>
    </div>
  );
}
