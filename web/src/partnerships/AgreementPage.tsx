import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../app/format.ts';
import { useDisclosure } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { useDocumentTitle } from '../app/title.ts';
import { AgreementForm } from './AgreementForm.tsx';
import { AgreementSections } from './AgreementSections.tsx';
import { ApprovalAction } from './ApprovalAction.tsx';
import { type Agreement, agreementQuery } from './api.ts';
import { ComparePanel } from './ComparePanel.tsx';
import { VersionHistory } from './VersionHistory.tsx';
import './agreement.css';

/**
 * "Partnerskabsaftale": the agreement in force in the template's sections, its approval by both
 * leaders, a new version (leaders only), the history and a comparison of two versions.
 */
export function AgreementPage({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(agreementQuery(partnershipId));
  useDocumentTitle(t('agreement.title'), data?.partnership.name ?? null);
  return (
    <>
      <h1>{t('agreement.title')}</h1>
      {data ? (
        <AgreementBody partnershipId={partnershipId} agreement={data} />
      ) : (
        <p>{t('agreement.loading')}</p>
      )}
    </>
  );
}

function AgreementBody({ partnershipId, agreement }: { partnershipId: string; agreement: Agreement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const editor = useDisclosure();
  const [saved, setSaved] = useState<string | null>(null);
  const mayEdit = agreement.leaderOf.length > 0;
  return (
    <>
      <p className="app-meta">{t('agreement.partnership', { name: agreement.partnership.name })}</p>
      <p>{t('agreement.intro')}</p>
      {mayEdit && !editor.open ? (
        <div className="app-actions">
          <button
            ref={editor.triggerRef}
            type="button"
            className="button button-primary"
            onClick={() => {
              setSaved(null);
              editor.setOpen(true);
            }}
          >
            {agreement.version === null ? t('agreement.edit.start') : t('agreement.edit.open')}
          </button>
        </div>
      ) : null}
      {saved ? <p className="app-saved">{saved}</p> : null}
      {editor.open ? (
        <AgreementForm
          partnershipId={partnershipId}
          agreement={agreement}
          headingRef={editor.headingRef}
          onCancel={() => editor.setOpen(false)}
          onSaved={(version) => {
            const message = t('agreement.edit.saved', { version });
            setSaved(message);
            announce(message);
            editor.setOpen(false);
          }}
        />
      ) : null}
      <section aria-labelledby="agreement-current" className="app-agreement-current">
        <h2 id="agreement-current">
          {agreement.version === null
            ? t('agreement.title')
            : `${t('agreement.current')}: ${t('agreement.versionLabel', { version: agreement.version })}`}
        </h2>
        {agreement.version === null ? (
          <p>{t('agreement.noVersion')}</p>
        ) : (
          <>
            <p className="app-meta">
              {t('agreement.versionMeta', {
                version: agreement.version,
                date: agreement.changedAt ? format.dateTime(agreement.changedAt) : '',
                who: agreement.changedBy?.displayName ?? '–',
              })}{' '}
              <span className={agreement.approvedByBoth ? 'app-agreement-approved' : undefined}>
                {agreement.approvedByBoth ? t('agreement.approval.both') : t('agreement.approval.notBoth')}
              </span>
            </p>
            {agreement.changeNote ? (
              <p className="app-meta">{t('agreement.changeNote', { note: agreement.changeNote })}</p>
            ) : null}
          </>
        )}
        <AgreementSections
          terms={agreement.terms}
          partnership={agreement.partnership}
          approvals={agreement.version === null ? null : agreement.approvals}
          idPrefix="agreement-current"
          headingLevel={3}
          approvalAction={<ApprovalAction partnershipId={partnershipId} agreement={agreement} />}
        />
      </section>
      <VersionHistory versions={agreement.versions} />
      <ComparePanel key={agreement.versions.length} partnershipId={partnershipId} agreement={agreement} />
    </>
  );
}
