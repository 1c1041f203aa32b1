import type { LetterDocument } from '../../src/status-letters/document.ts';

/**
 * A status letter at the heavy end of real use: the whole of a 3-year course in one letter (12
 * goals with their learning-circle steps, 150 activity lines over five tracks, attendance and
 * measurement figures). The PDF tests read it and `npm run bench` renders it; plain data, no
 * test runner, so both can import it. Deterministic: the same letter every time.
 */

const goalTitles = [
  'Møde til tiden tre dage om ugen',
  'Tage bussen alene til værkstedet',
  'Spise morgenmad hjemmefra',
  'Sige til, når noget er svært',
  'Arbejde en hel dag i køkkenet',
  'Lære at bruge opvaskemaskinen på egen hånd',
  'Skrive en ansøgning til en praktikplads',
  'Gennemføre fire ugers praktik i Brugsen',
  'Holde styr på egne aftaler i kalenderen',
  'Søge om kørekort til knallert',
  'Finde en fritidsaktivitet med andre unge',
  'Afklare ønsker til fritidsjob efter forløbet',
];

const tracks = ['Værksted – køkken', 'Værksted – have og park', 'Praktik', 'Undervisning', 'Samtaler'];

const activityVerbs = [
  'Deltog i morgenmøde og fordelte dagens opgaver med holdet',
  'Forberedte frokost til 24 personer sammen med mentor',
  'Øvede bustur fra Østergade til værkstedet med støtte',
  'Gennemgik ugeplanen og skrev aftaler ind i kalenderen',
  'Samtale med koordinator om trivsel og søvn',
  'Besøgte Brugsen i Ørsted og mødte virksomhedsmentoren',
  'Arbejdede selvstændigt med beskæring af hække i parken',
  'Læste og skrev dansk i to lektioner',
  'Øvede jobsamtale med konsulenten – gik godt',
  'Var syg; meldte selv fra til tiden',
];

export const fixtureGoalTitles: readonly string[] = goalTitles;

function goalsText(): string {
  return goalTitles
    .map((title, i) =>
      [
        `Mål ${i + 1}: ${title}. ${i < 5 ? 'Opnået.' : i < 10 ? 'I gang.' : 'Ikke startet.'}`,
        `- Plan: ${title.toLowerCase()} i en periode på otte uger, aftalt med den unge på statusmødet.`,
        '- Gør: øvet sammen med værkstedslæreren to gange om ugen; den unge har selv fulgt op i sin kalender.',
        `- Se: ${i % 3 === 0 ? 'fremgang i alle uger undtagen ferieugerne' : 'svingende, men bedre end i sidste periode'}; se også fremmødet nedenfor.`,
        '- Lær: det hjælper at have en fast makker og at kende dagens plan dagen før.',
      ].join('\n'),
    )
    .join('\n\n');
}

function activitiesText(): string {
  return tracks
    .map((track, t) => {
      const lines = Array.from({ length: 30 }, (_, i) => {
        const month = ((t * 30 + i) % 36) + 1;
        const year = 2023 + Math.floor((month - 1) / 12);
        const day = ((i * 7 + t) % 27) + 1;
        return `- ${day}/${((month - 1) % 12) + 1} ${year}: ${activityVerbs[(i + t) % activityVerbs.length]}.`;
      });
      return [`${track}:`, ...lines].join('\n');
    })
    .join('\n\n');
}

export function threeYearLetter(overrides: Partial<LetterDocument> = {}): LetterDocument {
  return {
    institution: 'Randers Bo- og Erhvervstræning',
    municipality: 'Randers Kommune',
    participantName: 'Søren Ærø Ågård',
    period: { from: '2023-06-01', to: '2026-05-31' },
    approvedOn: '2026-06-03',
    approvedBy: 'Birgitte Østergaard',
    version: 1,
    replaces: null,
    sections: [
      {
        key: 'goals',
        heading: 'Mål og læringscirkler',
        text: goalsText(),
        figures: [
          { label: 'Mål i alt', value: '12' },
          { label: 'Opnået', value: '5' },
          { label: 'I gang', value: '5' },
        ],
      },
      {
        key: 'health',
        heading: 'Trivsel og behandling',
        text: 'Søren går til samtaler hos psykolog hver anden uge.\nSøvnen er blevet bedre i perioden.\n\nHan ønsker selv, at kommunen kender til forløbet.',
        figures: [],
      },
      { key: 'activities', heading: 'Forløb og aktiviteter', text: activitiesText(), figures: [] },
      {
        key: 'attendance',
        heading: 'Fremmøde',
        text: 'Fremmødet har været stabilt i de seneste to år; fraværet skyldes mest sygdom om vinteren.',
        figures: [
          { label: 'Dage med fremmøde', value: '612 af 774 (79 %)' },
          { label: 'Sygdom', value: '98 dage' },
          { label: 'Aftalt fravær', value: '41 dage' },
          { label: 'Uforklaret fravær', value: '23 dage' },
        ],
      },
      {
        key: 'progression',
        heading: 'Progression',
        text: 'Målingerne viser en samlet udvikling på +4: tættere på arbejdsmarkedet.\n\n- Personlige kompetencer: fra 2 til 4\n- Sociale kompetencer: fra 2 til 3\n- Faglige kompetencer: fra 1 til 2\n- Fysisk og psykisk helbred: fra 3 til 3',
        figures: [
          { label: 'Første måling', value: '8 (1. juli 2023)' },
          { label: 'Seneste måling', value: '12 (15. maj 2026)' },
          { label: 'Samlet udvikling', value: '+4' },
        ],
      },
      {
        key: 'nextSteps',
        heading: 'Det videre forløb',
        text: 'Søren fortsætter i praktik i Brugsen tre dage om ugen og på værkstedet to dage.\n\nNæste statusmøde holdes i september 2026.',
        figures: [],
      },
    ],
    ...overrides,
  };
}
