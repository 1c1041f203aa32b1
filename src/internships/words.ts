import da from '../../web/src/i18n/da.json' with { type: 'json' };

/** The PDF's Danish words: the work functions as the web app names them (one list of words). */
export const workFunctionWords: Record<string, string> = da.workFunction;

export const weekdayWords: Record<number, string> = {
  1: 'Mandag',
  2: 'Tirsdag',
  3: 'Onsdag',
  4: 'Torsdag',
  5: 'Fredag',
  6: 'Lørdag',
  7: 'Søndag',
};
