import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../app/api.ts';
import { describeFailure, FormAlert } from '../app/forms.tsx';
import { announce } from '../app/live.ts';
import { type Agreement, agreementKey, approveVersion, type Party } from './api.ts';

/** "Godkend": for a leader of a party that has not approved the newest version. */
export function ApprovalAction({
  partnershipId,
  agreement,
}: {
  partnershipId: string;
  agreement: Agreement;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { version } = agreement;
  if (version === null) return null;
  const open = agreement.leaderOf.filter((party) => agreement.approvals[party] === null);

  async function approve(party: Party) {
    if (busy || version === null) return;
    setBusy(true);
    setFailure(null);
    try {
      await approveVersion(partnershipId, version);
      const message = t('agreement.approval.approved', {
        version,
        party: t(`agreement.partyNames.${party}`).toLowerCase(),
      });
      setDone(message);
      announce(message);
      await queryClient.invalidateQueries({ queryKey: agreementKey(partnershipId) });
    } catch (error) {
      setFailure(
        isApiError(error, 409) ? t('agreement.approval.notNewest') : describeFailure(error, t).failure,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <FormAlert message={failure} />
      {open.length ? (
        <div className="app-actions">
          {open.map((party) => (
            <button
              key={party}
              type="button"
              className="button button-primary"
              aria-disabled={busy || undefined}
              onClick={() => void approve(party)}
            >
              {t('agreement.approval.approve', {
                version,
                party: t(`agreement.partyNames.${party}`).toLowerCase(),
              })}
            </button>
          ))}
        </div>
      ) : null}
      {done ? <p className="app-saved">{done}</p> : null}
    </>
  );
}
