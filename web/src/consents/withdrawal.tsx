import type { QueryKey } from '@tanstack/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ConsentSaved } from '../api/types.ts';
import { FormAlert } from '../app/forms.tsx';
import { withdrawConsent } from './api.ts';

/**
 * What the confirmed change does: any call (`action`, e.g. narrowing a consent to fewer
 * categories), or withdrawing one whole consent (`courseId` + `consentId`).
 */
type ConfirmedAction<T> = { action: () => Promise<T> } | { courseId: string; consentId: string };

/**
 * Taking back (part of) a consent after a confirmation, for staff and for the young person alike.
 * Opening the question moves focus to it; saying no returns focus to the button; after the change
 * the caller's `onDone` (given the server's answer) keeps the keyboard user's place.
 */
export function useWithdrawal<T = ConsentSaved>(
  options: ConfirmedAction<T> & {
    invalidate: QueryKey;
    onDone: (result: T) => void;
    failedMessage: string;
  },
) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);
  const mutation = useMutation({
    mutationFn: (): Promise<T> =>
      'action' in options
        ? options.action()
        : (withdrawConsent(options.courseId, options.consentId) as Promise<T>),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: options.invalidate });
      setConfirming(false);
      options.onDone(result);
    },
    onError: () => setFailure(options.failedMessage),
  });

  useEffect(() => {
    if (confirming && !wasConfirming.current) questionRef.current?.focus();
    if (!confirming && wasConfirming.current && !mutation.isSuccess) withdrawRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, mutation.isSuccess]);

  return {
    confirming,
    failure,
    pending: mutation.isPending,
    withdrawRef,
    questionRef,
    ask: () => {
      setFailure(null);
      setConfirming(true);
    },
    confirm: () => {
      if (mutation.isPending) return;
      setFailure(null);
      mutation.mutate();
    },
    cancel: () => {
      if (!mutation.isPending) setConfirming(false);
    },
  };
}

/** The failure message and the yes / no buttons under a withdrawal question. */
export function WithdrawalAnswers({
  withdrawal,
  yes,
  busy,
  no,
}: {
  withdrawal: Pick<ReturnType<typeof useWithdrawal>, 'failure' | 'pending' | 'confirm' | 'cancel'>;
  yes: ReactNode;
  busy: ReactNode;
  no: ReactNode;
}) {
  return (
    <>
      <FormAlert message={withdrawal.failure} />
      <div className="app-actions">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={withdrawal.pending || undefined}
          onClick={withdrawal.confirm}
        >
          {withdrawal.pending ? busy : yes}
        </button>
        <button type="button" className="button button-secondary" onClick={withdrawal.cancel}>
          {no}
        </button>
      </div>
    </>
  );
}
