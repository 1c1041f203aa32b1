import type { TFunction } from 'i18next';
import { ApiError } from '../app/api.ts';
import { describeFailure } from '../app/forms.tsx';

/** One line for a failed save: the app's usual words, or the server's message naming the field. */
export function failureText(error: unknown, t: TFunction): string {
  const { failure } = describeFailure(error, t);
  if (failure) return failure;
  if (error instanceof ApiError) return error.field ? `${error.field}: ${error.message}` : error.message;
  return t('app.errorGeneric');
}
