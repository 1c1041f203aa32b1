import { defaultInstrumentId } from '../measurements/instrument.ts';
import type { Db } from '../platform/db.ts';

const w = (da: string, en: string) => ({ da, en });

/** The partnership's own instrument in the demo: the seven parallel tracks (§7.2) on 1–5. */
export const sevenTracks = {
  name: w('De syv spor', 'The seven tracks'),
  dimensions: [
    {
      key: 'labourMarketIdentity',
      label: w('Arbejde', 'Work'),
      question: w('Føler du dig som en, der går på arbejde?', 'Do you feel like someone who goes to work?'),
    },
    {
      key: 'hygieneAppearance',
      label: w('Hygiejne og tøj', 'Hygiene and clothes'),
      question: w(
        'Har du styr på bad, tøj og at se ordentlig ud?',
        'Are you on top of washing, clothes and looking tidy?',
      ),
    },
    {
      key: 'sleepStructure',
      label: w('Søvn og faste tider', 'Sleep and routines'),
      question: w('Sover du godt og står op til tiden?', 'Do you sleep well and get up on time?'),
    },
    {
      key: 'housingEconomy',
      label: w('Bolig og penge', 'Home and money'),
      question: w('Har du styr på din bolig og dine penge?', 'Are your home and money in order?'),
    },
    {
      key: 'leisureNetwork',
      label: w('Fritid og venner', 'Free time and friends'),
      question: w(
        'Har du nogen at være sammen med i din fritid?',
        'Do you have people to spend your free time with?',
      ),
    },
    {
      key: 'healthSubstance',
      label: w('Sundhed', 'Health'),
      question: w('Spiser du sundt og bevæger du dig?', 'Do you eat well and move about?'),
    },
    {
      key: 'treatment',
      label: w('Behandling', 'Treatment'),
      question: w(
        'Får du den hjælp fra læge eller psykolog, du har brug for?',
        'Do you get the help from a doctor or psychologist you need?',
      ),
    },
  ],
  scale: { min: 1, max: 5 },
  steps: {
    1: w('Slet ikke', 'Not at all'),
    2: w('Lidt', 'A little'),
    3: w('Noget', 'Somewhat'),
    4: w('Meget', 'Much'),
    5: w('Helt', 'Fully'),
  },
};

/**
 * The partnership's own instrument, and a measurement opened for the demo young person ("ung"):
 * their /min-side asks them the questions, the coordinator's Målinger tab shows the draft.
 */
export async function seedMeasurementExtras(
  db: Db,
  d: { partnership: string; municipality: string; coordinator: string; courseId: string; day: string },
) {
  await db
    .insertInto('measurement_instruments')
    .values({
      key: 'sevenTracks',
      version: 1,
      definition: JSON.stringify(sevenTracks),
      partnership_id: d.partnership,
      created_by: d.coordinator,
    })
    .execute();
  const instrument = await defaultInstrumentId(db);
  const empty = { professional: null, participant: null, reason: '', goalId: null };
  await db
    .insertInto('measurement_drafts')
    .values({
      municipality_id: d.municipality,
      course_id: d.courseId,
      instrument_id: instrument,
      measured_on: d.day,
      entries: JSON.stringify({
        motivation: { ...empty, professional: 4, reason: 'Glæder sig til praktikken.' },
        workIdentity: { ...empty },
        clarification: { ...empty },
        knowledge: { ...empty },
      }),
      open_for_participant: true,
      created_by: d.coordinator,
    })
    .execute();
}
