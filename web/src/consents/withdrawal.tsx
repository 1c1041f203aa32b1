import type { QueryKey } from '@tanstack/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { FormAlert } from '../app/forms.tsx';
import { withdrawConsent } from './api.ts';

/**
 * Withdrawing one consent after a confirmation, for staff and for the young person alike.
 * Opening the question moves focus to it; saying no returns focus to the button; after a
 * withdrawal the caller's `onDone` keeps the keyboard user's place.
 */
export function useWithdrawal(options: {
  courseId: string;
  consentId: string;
  invalidate: QueryKey;
  onDone: () => void;
  failedMessage: string;
}) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const withdrawRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const wasConfirming = useRef(false);
  const mutation = useMutation({
    mutationFn: () => withdrawConsent(options.courseId, options.consentId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: options.invalidate });
      setConfirming(false);
      options.onDone();
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
  withdrawal: ReturnType<typeof useWithdrawal>;
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
