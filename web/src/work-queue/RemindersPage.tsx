import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { FormPanel, useFormSubmit } from '../app/formSubmit.tsx';
import { FormAlert, TextField } from '../app/forms.tsx';
import { LoadError, Loading } from '../app/NotFoundPage.tsx';
import { useDocumentTitle } from '../app/title.ts';
import {
  InitiativeReminderLink,
  useInitiativeReminderLabel,
} from '../initiatives/InitiativeReminderLink.tsx';
import {
  markReminderRead,
  type Reminder,
  reminderSettingsQuery,
  remindersQuery,
  saveReminderSettings,
} from './api.ts';
import { QueueLink } from './QueueLink.tsx';

/** "Påmindelser": what the daily job found due or overdue, unread first; and the e-mail digest opt-in. */
export function RemindersPage() {
  const { t } = useTranslation();
  const reminders = useQuery(remindersQuery);
  useDocumentTitle(t('reminders.title'));
  return (
    <>
      <h1>{t('reminders.title')}</h1>
      <p className="app-intro">{t('reminders.intro')}</p>
      {reminders.isPending ? <Loading /> : null}
      {reminders.isError ? <LoadError onRetry={() => void reminders.refetch()} /> : null}
      {reminders.data ? (
        reminders.data.items.length === 0 ? (
          <p>{t('reminders.none')}</p>
        ) : (
          <>
            <p>{t('reminders.unread', { count: reminders.data.unread })}</p>
            <ul className="app-plain-list app-queue">
              {reminders.data.items.map((r) => (
                <ReminderRow key={r.id} reminder={r} />
              ))}
            </ul>
          </>
        )
      ) : null}
      <h2>{t('reminders.settings')}</h2>
      <DigestForm />
    </>
  );
}

function ReminderRow({ reminder: r }: { reminder: Reminder }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [failed, setFailed] = useState(false);
  const initiativeLabel = useInitiativeReminderLabel();
  async function onRead() {
    setFailed(false);
    try {
      await markReminderRead(r.id);
      await queryClient.invalidateQueries({ queryKey: ['reminders'] });
    } catch {
      setFailed(true);
    }
  }
  // An initiative's follow-up (src/initiatives/) names the initiative; the rest a course's young person.
  const label =
    r.kind === 'initiativeFollowUp'
      ? initiativeLabel(r.initiativeTheme ?? '')
      : `${t(`workQueue.kind.${r.kind}`)}: ${r.participantName ?? ''}`;
  return (
    <li className="app-queue-item" data-unread={r.readAt === null || undefined}>
      {r.kind === 'initiativeFollowUp' ? (
        <InitiativeReminderLink initiativeId={r.initiativeId ?? ''} theme={r.initiativeTheme ?? ''} />
      ) : (
        <QueueLink kind={r.kind} courseId={r.courseId ?? ''} link={r.link}>
          {label}
        </QueueLink>
      )}
      <div className="app-muted">
        {t('workQueue.due', { date: format.date(r.due) })}
        {r.overdue ? <strong className="app-overdue"> {t('caseload.overdue')}</strong> : null}
        {r.readAt ? ` · ${t('reminders.readAt', { when: format.dateTime(r.readAt) })}` : null}
      </div>
      {r.readAt === null ? (
        <button type="button" className="button button-tertiary" onClick={() => void onRead()}>
          {t('reminders.markRead')}
          <span className="sr-only"> – {label}</span>
        </button>
      ) : null}
      {failed ? <FormAlert message={t('reminders.markReadFailed')} /> : null}
    </li>
  );
}

function DigestForm() {
  const settings = useQuery(reminderSettingsQuery);
  if (!settings.data) return settings.isError ? <LoadError onRetry={() => void settings.refetch()} /> : null;
  return <DigestFields key={settings.data.version} initial={settings.data} />;
}

function DigestFields({ initial }: { initial: { digestEmail: string | null; version: number } }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(initial.digestEmail ?? '');
  const form = useFormSubmit({
    save: () => saveReminderSettings(email.trim() === '' ? null : email.trim(), initial.version),
    onSaved: async (showSaved) => {
      showSaved(email.trim() === '' ? t('reminders.digestOff') : t('reminders.digestOn'));
      await queryClient.invalidateQueries({ queryKey: ['reminders', 'settings'] });
    },
    fields: { 'body.digestEmail': { id: 'digest-email', label: t('reminders.digestEmail') } },
    validate: () => ({
      'digest-email':
        email.trim() === '' || /^[^\s@]+@[^\s@]+$/.test(email.trim())
          ? undefined
          : t('reminders.digestInvalid'),
    }),
  });
  return (
    <FormPanel
      form={form}
      headingId="digest-heading"
      headingLevel={3}
      heading={t('reminders.digestTitle')}
      submitLabel={t('reminders.digestSave')}
    >
      <TextField
        id="digest-email"
        type="email"
        autoComplete="email"
        label={t('reminders.digestEmail')}
        hint={t('reminders.digestHint')}
        optional
        value={email}
        onValue={setEmail}
        error={form.errors['digest-email']}
      />
    </FormPanel>
  );
}
