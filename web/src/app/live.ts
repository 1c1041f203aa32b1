import { useSyncExternalStore } from 'react';

/**
 * One polite live region for the whole app: saves and deletions are announced to screen readers
 * without moving focus. Anything may call announce(), also from a mutation callback.
 */
let message = '';
const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};

export function announce(text: string) {
  // Cleared first so the same text twice in a row is announced twice.
  message = '';
  emit();
  setTimeout(() => {
    message = text;
    emit();
  }, 50);
}

export function useAnnouncement() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => message,
  );
}
