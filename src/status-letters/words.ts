import type { Track } from '../platform/tracks.ts';

/**
 * The Danish words a drafted letter is written in. The letter is a document addressed to the
 * job centre (and printed as a PDF), so its words live with the server, not in the web app's i18n.
 */
export const trackWords: Record<Track, string> = {
  labourMarketIdentity: 'Arbejdsmarkedsidentitet og normer',
  hygieneAppearance: 'Hygiejne, fremtoning og adfærd',
  sleepStructure: 'Døgnrytme, struktur og rutiner',
  housingEconomy: 'Bolig og økonomi',
  leisureNetwork: 'Fritid og socialt netværk',
  healthSubstance: 'Sundhed, kost, motion og rusmidler',
  treatment: 'Behandling, læge og psykolog',
};

export const dimensionWords: Record<string, string> = {
  motivation: 'Motivation',
  workIdentity: 'Arbejdsidentitet',
  clarification: 'Afklaring af ønsker til arbejde og uddannelse',
  knowledge: 'Kendskab til arbejdsmarkedet',
};

export const goalStatusWords: Record<string, string> = {
  active: 'i gang',
  achieved: 'nået',
  paused: 'sat på pause',
  dropped: 'opgivet',
};

export const sectionHeadings = {
  goals: 'Mål og læringscirkel',
  health: 'Helbred og behandling',
  activities: 'Forløb og aktiviteter',
  attendance: 'Fremmøde',
  progression: 'Progression',
  nextSteps: 'Det sker der nu',
} as const;

/** "+4: tættere på arbejdsmarkedet": a development in words, as DOMAIN.md defines closer. */
export function developmentWords(total: number): string {
  const signed = total > 0 ? `+${total}` : String(total);
  if (total > 0) return `${signed}: tættere på arbejdsmarkedet`;
  if (total < 0) return `${signed}: længere fra arbejdsmarkedet`;
  return `${signed}: samme afstand til arbejdsmarkedet`;
}

/** A share as a whole Danish percentage, e.g. "79 %". */
export const percent = (share: number) => `${Math.round(share * 100)} %`;
