import i18n from 'i18next';

/**
 * Where each section of the Danish strings arrives (web/vite-strings.ts): a section comes with the
 * first module that names it, before that module's components render. Sections that arrive
 * before i18next starts (those the shell's own modules name) wait here for `setupI18n`.
 */
const early: Record<string, unknown> = {};

export function addStrings(section: string, strings: unknown) {
  if (i18n.isInitialized) i18n.addResourceBundle('da', 'translation', { [section]: strings }, true, true);
  else early[section] = strings;
}

/** The sections that arrived before i18next started. */
export function earlyStrings(): Record<string, unknown> {
  return early;
}
