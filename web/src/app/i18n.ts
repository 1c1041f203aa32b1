import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type da from '../i18n/da.json';
import { earlyStrings } from './strings.ts';

export const languages = ['da', 'en'] as const;
export type Language = (typeof languages)[number];

const storageKey = 'vivirk.language';

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    if (value === 'en' || value === 'da') return value;
  } catch {
    // Storage can be blocked; Danish is the default.
  }
  return 'da';
}

/** Keeps <html lang> in step with the language, so screen readers pronounce the page right. */
function applyLanguage(language: string) {
  document.documentElement.lang = language;
}

/**
 * Danish (the default, and the fallback) comes with the modules that use it (web/vite-strings.ts):
 * each page's chunk carries its sections. English is a chunk of its own, whole,
 * fetched only by someone who reads the app in English (issue 11: every byte counts on a phone).
 */
async function loadLanguage(language: Language) {
  if (language === 'da' || i18n.hasResourceBundle(language, 'translation')) return;
  const { default: strings } = await import('../i18n/en.json');
  i18n.addResourceBundle(language, 'translation', strings);
}

export async function setupI18n() {
  i18n.on('languageChanged', applyLanguage);
  await i18n.use(initReactI18next).init({
    resources: { da: { translation: earlyStrings() } },
    partialBundledLanguages: true,
    lng: 'da',
    fallbackLng: 'da',
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    initAsync: false,
    // A section that did not come with the module using it (web/vite-strings.ts) is a bug: said
    // loudly, and the browser tests fail on it. A key missing inside a section that is here is a
    // value new to this app (labelFor, defaultValue), which the caller shows as it is.
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => {
      const section = key.split('.')[0] ?? key;
      if (i18n.getResource('da', 'translation', section) === undefined)
        console.error(`missing strings: section "${section}" (key ${key})`);
    },
  });
  const language = storedLanguage();
  // Before the first render: the page opens in the reader's language. Offline: in Danish.
  if (language !== 'da')
    await loadLanguage(language).then(
      () => i18n.changeLanguage(language),
      () => undefined,
    );
  applyLanguage(i18n.language);
  return i18n;
}

export async function changeLanguage(language: Language) {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not persisted; the switch still works for this visit.
  }
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** Locale for Intl formatting of dates and numbers. */
export const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'da-DK');

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof da };
  }
}

/** A label for a value from the server that may be new to this app: the raw value if unknown. */
export function labelFor(group: string, value: string): string {
  const key = `${group}.${value}`;
  return i18n.exists(key) ? (i18n.t as unknown as (key: string) => string)(key) : value;
}
