import { addDays, type IsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db.ts';
import type { InitiativePlanStep } from '../platform/schema-initiatives.ts';

/**
 * The municipality's cross-sectoral initiatives for the demo: seed 004's thirteen worked
 * examples, retold briefly in our own words for the fictional Lindeby (people as roles, places
 * renamed), plus the ViVirk'R partnership itself as one initiative, linked to it. Follow-up dates
 * are spread around the demo's "today" (`day`), so some are overdue and some are soon.
 *
 * Not wired into the demo seed: call it from `seed()` in src/demo/seed.ts after the partnership
 * and the caseworker exist, e.g.
 *   await seedInitiatives(db, { day, municipality, partnership, caseworker });
 */
export interface InitiativeSeed {
  /** The demo's "today". */
  day: IsoDate;
  municipality: string;
  /** The demo's ViVirk'R partnership: the last initiative is linked to it. */
  partnership: string;
  /** The municipality's caseworker: responsible for a few (they get the reminders); the rest fall to the leaders. */
  caseworker: string;
}

interface DemoInitiative {
  area: string;
  theme: string;
  currentEffort?: string;
  worksWell?: string;
  doesNotWork?: string;
  inspiration?: string;
  newIdeas?: string;
  contribution?: string;
  effortGoal?: string;
  baseline?: string;
  /** Days from the demo's today to the follow-up; null: no date yet. */
  followUpIn: number | null;
  followUp?: string;
  targetGroup?: string;
  targetCount?: number;
  content?: string;
  organisation?: string;
  responsible?: string;
  /** The caseworker gets the reminders (else the municipality's leaders). */
  caseworkerResponsible?: boolean;
  actors?: string;
  /** Steps with days from today, or null for an undated step. */
  plan?: Array<[string, number | null]>;
  totalCost?: number;
  financing?: string;
  investmentNeed?: string;
  linkPartnership?: boolean;
  ended?: boolean;
}

export const demoInitiatives: DemoInitiative[] = [
  {
    area: 'Forebyggende samarbejde om udsatte familier',
    theme: 'Psykologhjælp til elever, der er ved at falde fra erhvervsskolen',
    currentEffort:
      'Skolens egne mentorer og samtaler ved sygefravær; psykologhjælp købes ude fra i enkeltsager.',
    worksWell: 'Mentorerne hjælper godt med det faglige.',
    doesNotWork:
      'Elever med personlige og sociale problemer får for lidt hjælp, og samarbejdet med kommunen og forældrene er for løst.',
    inspiration:
      'Kommunens dagbehandling har en kontrakt med gymnasierne om rådgivning og korte samtaleforløb.',
    newIdeas:
      'Samme slags kontrakt med erhvervsskolen: pædagogisk og psykologisk hjælp tilpasset dens elever.',
    contribution:
      'Færre falder fra; de, der ikke kan gennemføre nu, bliver hjulpet videre i stedet for at forsvinde.',
    effortGoal: 'En psykologordning for erhvervsskolen, betalt af skolen efter kontrakt',
    baseline: 'Ingen kommunal indsats på området i dag',
    followUpIn: -12,
    followUp: 'Dækker ordningen behovet hos de frafaldstruede elever med personlige og sociale problemer?',
    targetGroup: 'Elever i risiko for frafald, som skolens mentorordning ikke rækker til',
    content: 'Ordningens indhold aftales med skolen ud fra dagbehandlingens erfaringer fra gymnasierne.',
    organisation: 'Dagbehandlingen',
    responsible: 'Leder af dagbehandlingen',
    actors: 'Erhvervsskolen og dagbehandlingen',
    plan: [
      ['Møde om forventninger med skolen', -200],
      ['Kontrakt og aftaler om indhold', null],
      ['Ordningen starter med det nye skoleår', -30],
    ],
    totalCost: 0,
    financing: 'Ingen kommunale udgifter: skolen betaler ordningen',
  },
  {
    area: 'Forebyggende samarbejde om udsatte familier',
    theme: 'Unge uden afsluttet 9. klasse: den tværfaglige model',
    currentEffort: 'Den tværfaglige model, TOPI, kontaktpersoner for skolefravær og Ungeenheden.',
    worksWell: 'Kontaktpersonerne for fravær virker forebyggende; TOPI og modellen skal bevares.',
    doesNotWork:
      'Elever med langvarigt og stort fravær mangler en målrettet, koordineret indsats; modellen er ikke helt indført.',
    inspiration: 'At indføre noget nyt tager lang tid og kræver en fast tovholder og tydelig ledelse.',
    newIdeas: 'En tovholder, der driver indførelsen af modellen på skolerne.',
    contribution: 'Flere unge gennemfører 9. klasse og kan begynde på en ungdomsuddannelse.',
    effortGoal: 'Find ud af, hvor udfordringerne i modellen ligger, og ret dem',
    baseline: 'Modellen bruges uens på skolerne',
    followUpIn: 10,
    followUp: 'Løbende: virker de nye tiltag efter hensigten?',
    targetGroup: 'Elever med stort og langvarigt skolefravær',
    responsible: 'Børn og Unge, skoleafdelingen',
    caseworkerResponsible: true,
    actors: 'Skolerne, PPR, familieafdelingen, sundhedsplejen',
    plan: [
      ['Afdækning af udfordringerne', 30],
      ['Tovholder udpeges', null],
    ],
  },
  {
    area: 'Forebyggende samarbejde om udsatte familier',
    theme: 'Unge uden afsluttet 9. klasse: et kompetencecenter for skolefravær',
    currentEffort: 'Samme indsatser som i den tværfaglige model.',
    doesNotWork:
      'Ingen samler viden om de sværeste fraværssager, så praksis er forskellig fra skole til skole.',
    inspiration:
      'På andre skoleområder sikrer kompetencecentre en ensartet praksis og løbende efteruddannelse.',
    newIdeas:
      'Et kompetencecenter for skolefravær med to medarbejdere, der rådgiver skolerne og tager de tunge sager.',
    contribution: 'Mindre fravær giver flere, der kan tage en uddannelse og senere et job.',
    effortGoal: 'Et kompetencecenter for skolefravær er oprettet og i brug på alle skoler',
    followUpIn: 60,
    targetGroup: 'Elever med langvarigt fravær og deres familier',
    responsible: 'Børn og Unge',
    totalCost: 900000,
    financing: 'Delvis ved at samle eksisterende timer til fraværsarbejde',
    investmentNeed: 'To stillinger, ca. 900.000 kr. om året',
  },
  {
    area: 'Forebyggende samarbejde om udsatte familier',
    theme: 'Sårbare gravide og unge forældre uden arbejde',
    currentEffort:
      'Familieiværksætterne, familieafdelingens og sundhedsplejens tilbud, og jobcentret giver gravide samme tilbud som andre.',
    worksWell: 'Familieiværksætterne virker for dem, der ikke har store udfordringer.',
    doesNotWork:
      'Lægen sygemelder ofte den gravide; arbejde ses som en ekstra belastning; jobcentret og familieafdelingen koordinerer ikke.',
    newIdeas: 'Én fælles plan for familie og job, lavet sammen med den gravide.',
    contribution: 'Unge forældre holder kontakten til uddannelse og arbejde under og efter graviditeten.',
    effortGoal: 'En fælles model for samarbejdet om sårbare gravide er udviklet og taget i brug',
    followUpIn: -3,
    followUp: 'Efter et år: hvor mange er i uddannelse eller job, og hvordan oplevede de forløbet?',
    targetGroup: 'Sårbare gravide mellem 18 og 30 år uden tilknytning til arbejdsmarkedet',
    targetCount: 25,
    responsible: 'Jobcentrets ungeteam sammen med familieafdelingen',
    caseworkerResponsible: true,
    actors: 'Jobcentret, familieafdelingen, sundhedsplejen, de praktiserende læger',
  },
  {
    area: 'Forebyggende indsats i grundskolen',
    theme: 'Styrkede faglige kompetencer før ungdomsuddannelsen',
    currentEffort:
      'Fraværskonsulenter, fremskudte socialrådgivere, mentorer og »bedsteforældre« i skolerne, læringscentre og forberedende forløb.',
    worksWell: 'Fokus på overgangene, både i grundskolen og videre til ungdomsuddannelsen.',
    doesNotWork: 'Tilbuddene er mange og spredte; skolerne kender dem ikke alle.',
    newIdeas: 'Et samlet overblik over tilbuddene, som vejlederne bruger sammen med eleven.',
    effortGoal: 'Færre elever forlader grundskolen uden at være parate til en ungdomsuddannelse',
    baseline: 'Hver femte elev vurderes ikke uddannelsesparat i 8. klasse',
    followUpIn: 120,
    targetGroup: 'De elever, som ungdomsvejledningen skal have særligt fokus på',
    responsible: 'Ungdommens Uddannelsesvejledning',
  },
  {
    area: 'Kulturændring i jobcentret',
    theme: 'Fra proces til resultat: relationer, fremdrift og kerneopgaven',
    currentEffort:
      'Kulturen er præget af regler og dokumentation mere end af resultater for den enkelte unge.',
    doesNotWork: 'Sagerne mister fart; den unge ser ikke selv meningen med indsatsen.',
    newIdeas:
      'Efteruddannelse af sagsbehandlerne i relationsarbejde og progression; faste opfølgninger på, om sagen bevæger sig.',
    contribution:
      'Den unge kommer hurtigere videre, fordi sagsbehandleren griber chancen, når den unge er klar.',
    effortGoal:
      'Alle ungesagsbehandlere har gennemført forløbet og bruger progressionsmålinger i deres sager',
    followUpIn: 25,
    responsible: 'Jobcenterchefen',
    plan: [
      ['Temadag for alle medarbejdere', 40],
      ['Sparring i teams hver måned', null],
    ],
  },
  {
    area: 'Overgang fra barn til voksen',
    theme: 'Udvidede overgangsmøder mellem børne- og voksenområdet',
    currentEffort: 'En procedure for overdragelse ved 15 og 17 år for unge, familieafdelingen kender.',
    worksWell: 'Faste uger til overgangsmøderne sikrer, at alle behandles ens.',
    doesNotWork: 'Kun unge, familieafdelingen kender, er med; andre unge i målgruppen falder igennem.',
    newIdeas: 'Alle kommunale aktører, der arbejder med unge, kan tage en ung op på et overgangsmøde.',
    effortGoal: 'En ny samarbejdsprocedure, der omfatter alle aktører',
    followUpIn: -40,
    responsible: 'Familieafdelingen og jobcentret i fællesskab',
    caseworkerResponsible: true,
    plan: [['Ny procedure skrives og godkendes', -60]],
  },
  {
    area: 'Tættere samarbejde mellem social- og arbejdsmarkedsområdet',
    theme: 'Bostøtte og mentor sammen, og opsøgende arbejde',
    currentEffort:
      'Overdragelse fra barn til voksen efter fast procedure; opsøgende arbejde for unge, der har trukket sig helt.',
    worksWell: 'Bostøtte og mentorstøtte sammen virker godt for de mest udsatte.',
    doesNotWork: 'Støtten stopper ofte, når den unge skifter forvaltning.',
    newIdeas: 'Overgangsmøder op til 23 år for unge i efterværn.',
    effortGoal: 'Flere unge beholder samme støttepersoner gennem overgangen',
    followUpIn: 200,
    responsible: 'Socialafdelingen',
  },
  {
    area: 'Fastholdelse på ungdomsuddannelserne',
    theme: 'Tidlig besked, når en elev er ved at falde fra',
    currentEffort:
      'Ungdomsvejledningen følger eleverne i de første måneder; jobcentret bevilger en mentor, når der er behov.',
    doesNotWork: 'Skolerne giver ofte først besked, når eleven allerede er ved at falde ud.',
    newIdeas: 'Fast kontaktperson i kommunen for hver skole og en aftale om, hvornår skolen giver besked.',
    effortGoal: 'Flere gennemfører en ungdomsuddannelse',
    followUpIn: 5,
    responsible: 'Ungdomsvejledningen',
    caseworkerResponsible: true,
  },
  {
    area: 'Kommunalt personale på ungdomsuddannelserne',
    theme: 'Kommunens folk til stede på skolerne',
    currentEffort:
      'En kontaktperson i ungdomsvejledningen; skolerne får sagsbehandlerens kontaktoplysninger; et seks ugers forberedende forløb.',
    worksWell: 'Klare aftaler om, hvem der gør hvad ved bekymring for en elev.',
    newIdeas: 'Faste træffetider for sagsbehandlere og vejledere på skolerne.',
    effortGoal: 'Kommunens medarbejdere har faste træffetider på alle ungdomsuddannelser',
    followUpIn: 90,
    responsible: 'Jobcentret og ungdomsvejledningen',
    totalCost: 0,
    financing: 'Inden for det nuværende budget',
  },
  {
    area: 'Praktikpladser',
    theme: 'Praktikpladsgaranti i erhvervslivet',
    currentEffort: 'Garanti for praktik gennem skolens praktikcenter.',
    worksWell: 'På nogle uddannelser er efterspørgslen så stor, at garantien allerede findes i praksis.',
    doesNotWork:
      'På andre uddannelser er der for få pladser, eller virksomhederne venter med at ansætte elever.',
    newIdeas: 'En garanti for en plads i en virksomhed, bakket op af byrådet, skolen og erhvervsrådet.',
    effortGoal: 'Alle elever, der vil, får en praktikplads i en virksomhed',
    followUpIn: 14,
    responsible: 'Erhvervsrådet',
    actors: 'Erhvervsskolen, erhvervsrådet, virksomhederne',
    totalCost: 0,
    financing: 'Inden for det nuværende budget',
  },
  {
    area: 'Erhvervsrettet vejledning',
    theme: 'Erhvervsuddannelse som karrierevej',
    currentEffort: 'Skoler, vejledning, erhvervsskoler og virksomheder vejleder hver for sig.',
    worksWell: 'Introforløb og brobygning i 8. og 9. klasse, og faget uddannelse og job.',
    doesNotWork:
      'Der er ingen rød tråd for eleven og forældrene fra grundskolen til et job via en erhvervsuddannelse.',
    newIdeas: 'En fælles plan for vejledningen fra indskoling til 10. klasse, med virksomhedsbesøg hvert år.',
    effortGoal: 'Flere vælger en erhvervsuddannelse efter grundskolen',
    followUpIn: null,
    responsible: 'Ungdomsvejledningen og skoleafdelingen',
  },
  {
    area: 'Netværk',
    theme: 'Mentorer fra erhvervslivet',
    currentEffort:
      'Erhvervsrådet placerer unge i job eller uddannelse; et netværk, der finder mentorer i virksomhederne, er ved at blive bygget op.',
    worksWell: 'Erhvervsrådet flyttede 17 unge fra ydelse til selvforsørgelse på et halvt år.',
    doesNotWork: 'Mentorerne vil ikke have flere netværksmøder; de vil bare være der for de unge.',
    inspiration: 'En nabokommune har et koncept, hvor virksomheder tager ansvar for en ung.',
    effortGoal: '30 mentorer fra virksomhederne er knyttet til en ung',
    followUpIn: -90,
    responsible: 'Jobcentret, erhvervsskolen og erhvervsrådet',
    ended: true,
  },
  {
    area: 'Unge med funktionsnedsættelser og arbejdsmarkedet',
    theme: "ViVirk'R: virksomhedsrettede ressourceforløb",
    currentEffort:
      'Ressourceforløb for unge 18–30 år med kognitive eller psykiske funktionsnedsættelser, i partnerskab med Lindeby Erhvervsskole.',
    worksWell: 'Den unge har én fast koordinator; værksted, praktik og job hænger sammen.',
    doesNotWork: 'Viden om den unge går tabt ved hver overdragelse, når den ikke deles.',
    contribution: 'Flere unge med funktionsnedsættelser kommer tættere på eller ind på arbejdsmarkedet.',
    effortGoal: '87 % af deltagerne med mindst et års forløb er kommet tættere på arbejdsmarkedet',
    baseline: 'Målingen ved forløbets start',
    followUpIn: 21,
    followUp: 'Det halvårlige statusmøde i udviklingsgruppen',
    targetGroup: 'Unge 18–30 år med funktionsnedsættelser i ressourceforløb',
    targetCount: 40,
    organisation: 'Partnerskab mellem jobcentret og erhvervsskolen med en fælles udviklingsgruppe',
    responsible: 'Udviklingsgruppen',
    caseworkerResponsible: true,
    actors: 'Jobcentret, erhvervsskolen, virksomhederne i netværket',
    plan: [
      ['Partnerskabsaftalen godkendes', -300],
      ['Halvårligt statusmøde', 21],
    ],
    financing: 'Jobcentret betaler pr. forløb efter partnerskabsaftalens pakker',
    linkPartnership: true,
  },
];

/** Writes the demo initiatives; returns their ids in the order above. */
export async function seedInitiatives(db: Db, s: InitiativeSeed): Promise<string[]> {
  const ids: string[] = [];
  for (const d of demoInitiatives) {
    const plan: InitiativePlanStep[] = (d.plan ?? []).map(([text, days]) => ({
      text,
      due: days === null ? null : addDays(s.day, days),
    }));
    const row = await db
      .insertInto('initiatives')
      .values({
        municipality_id: s.municipality,
        area: d.area,
        theme: d.theme,
        current_effort: d.currentEffort ?? '',
        works_well: d.worksWell ?? '',
        does_not_work: d.doesNotWork ?? '',
        inspiration: d.inspiration ?? '',
        new_ideas: d.newIdeas ?? '',
        contribution: d.contribution ?? '',
        effort_goal: d.effortGoal ?? '',
        baseline: d.baseline ?? '',
        follow_up_on: d.followUpIn === null ? null : addDays(s.day, d.followUpIn),
        follow_up: d.followUp ?? '',
        target_group: d.targetGroup ?? '',
        target_count: d.targetCount ?? null,
        content: d.content ?? '',
        organisation: d.organisation ?? '',
        responsible: d.responsible ?? '',
        responsible_user_id: d.caseworkerResponsible ? s.caseworker : null,
        actors: d.actors ?? '',
        plan: JSON.stringify(plan),
        total_cost: d.totalCost ?? null,
        financing: d.financing ?? '',
        investment_need: d.investmentNeed ?? '',
        partnership_id: d.linkPartnership ? s.partnership : null,
        status: d.ended ? 'ended' : 'active',
        created_by: s.caseworker,
        updated_by: s.caseworker,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(row.id);
  }
  return ids;
}
