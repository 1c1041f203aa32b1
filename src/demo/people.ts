import type { OutcomeType } from '../courses/outcomes.ts';
import type { Track } from '../platform/tracks.ts';

type Area = 'employmentEducation' | 'socialHealth' | 'leisureRelations';

/**
 * How a young person's days have gone the last three months: `steady` nearly every day;
 * `mixed` most days, absences of every kind; `sickLeave` away sick more than half the time;
 * `improving` from about half the days three months ago to nearly all now; `unexplained` often away
 * without agreement.
 */
export type AttendancePattern = 'steady' | 'mixed' | 'sickLeave' | 'improving' | 'unexplained';

export interface DemoGoal {
  area: Area;
  track: Track | null;
  title: string;
  status?: 'active' | 'achieved';
  circle?: { goal?: string; activities?: string; measure?: string; learned?: string };
}

export interface DemoNote {
  daysAgo: number;
  by: 'coordinator' | 'mentor';
  visibility: 'team' | 'professionals' | 'institution';
  track?: Track;
  body: string;
}

export interface DemoPerson {
  givenName: string;
  familyName: string;
  birthDate: string;
  gender: 'female' | 'male' | 'other';
  disabilities: string[];
  strains: string[];
  supportNeeds: string;
  monthsAgo: number;
  grantedMonths: number | null;
  attendance: AttendancePattern;
  /** A usual day's hours when present. */
  hours: number;
  /** Some present days are registered without hours (a new mentor forgets them). */
  hoursSometimesMissing?: boolean;
  goal: DemoGoal;
  subGoal: DemoGoal;
  notes: DemoNote[];
  /** Where the course stands now, when it is not simply running. */
  status?:
    | { kind: 'paused'; daysAgo: number; reason: string }
    | { kind: 'ended'; daysAgo: number; reason: string; outcome: OutcomeType };
}

/**
 * Twelve fictional young people for the demo, each with their own course; any likeness to real
 * persons is chance. The first two are interns at Lindeby Tømrer (seed.ts adds their health data);
 * the last has not agreed to share with the job centre.
 */
export const demoPeople: DemoPerson[] = [
  {
    givenName: 'Amalie',
    familyName: 'Nielsen',
    birthDate: '2002-05-14',
    gender: 'female',
    disabilities: ['cognitive'],
    strains: ['anxiety'],
    supportNeeds: 'Faste rammer og en plan for dagen på skrift.',
    monthsAgo: 14,
    grantedMonths: 36,
    attendance: 'mixed',
    hours: 6,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Stabilt fremmøde i værkstedet',
      circle: {
        goal: 'At møde til tiden fire dage om ugen.',
        activities: 'Fast mødetid kl. 8.30; sms fra mentor ved fravær.',
        measure: 'Vi ser på fremmødet sammen hver fredag.',
      },
    },
    subGoal: {
      area: 'employmentEducation',
      track: 'sleepStructure',
      title: 'Komme i seng før kl. 23 på hverdage',
    },
    notes: [
      {
        daysAgo: 2,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Mødte stabilt ind hele ugen og tog selv initiativ til at feje værkstedet, før vi gik hjem.',
      },
      {
        daysAgo: 11,
        by: 'coordinator',
        visibility: 'team',
        track: 'labourMarketIdentity',
        body: 'Var på snusetur hos Lindeby Tømrer. Glad for at arbejde med træ og vil gerne komme igen tirsdag.',
      },
      {
        daysAgo: 20,
        by: 'coordinator',
        visibility: 'professionals',
        track: 'sleepStructure',
        body: 'Snak om søvn: Amalie sover dårligt, når hun er nervøs for næste dag. Vi aftalte, at hun skriver dagens plan aftenen før.',
      },
      {
        daysAgo: 29,
        by: 'mentor',
        visibility: 'institution',
        body: 'Havde en svær dag med uro i maven; gik tidligt hjem efter aftale med mig.',
      },
    ],
  },
  {
    givenName: 'Mads',
    familyName: 'Jensen',
    birthDate: '2000-11-02',
    gender: 'male',
    disabilities: ['cognitive', 'psychological'],
    strains: ['socialPhobia'],
    supportNeeds: 'Korte beskeder; en fast kontaktperson.',
    monthsAgo: 20,
    grantedMonths: 48,
    attendance: 'steady',
    hours: 7,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Arbejde selvstændigt på tømrerpladsen to dage om ugen',
      circle: {
        goal: 'At klare de faste opgaver i praktikken uden at spørge mentor om hvert trin.',
        activities:
          'Mentor giver en opgaveliste om morgenen; Mads siger til ved frokost, hvis noget er uklart.',
        measure: 'Virksomhedsmentor og Mads ser hver torsdag på, hvor mange opgaver han klarede selv.',
      },
    },
    subGoal: {
      area: 'leisureRelations',
      track: 'leisureNetwork',
      title: 'Sige godmorgen til kollegerne, når han møder ind',
    },
    notes: [
      {
        daysAgo: 3,
        by: 'coordinator',
        visibility: 'team',
        track: 'labourMarketIdentity',
        body: 'Opfølgning i praktikken: Mads skærer nu lister til selv. Virksomhedsmentor fortæller, at han er præcis og omhyggelig.',
      },
      {
        daysAgo: 12,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Mads var stille i dag, men blev på værkstedet hele dagen. Han fortalte selv, at bussen var fyldt, og at det var svært.',
      },
      {
        daysAgo: 26,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Netværksmøde med sagsbehandler og far: enighed om at forlænge praktikken med tre måneder.',
      },
      {
        daysAgo: 40,
        by: 'mentor',
        visibility: 'institution',
        body: 'Mads spurgte selv om hjælp til målebåndet – første gang, han har gjort det uden at blive spurgt.',
      },
    ],
  },
  {
    givenName: 'Sofie',
    familyName: 'Hansen',
    birthDate: '1999-03-23',
    gender: 'female',
    disabilities: ['psychological'],
    strains: ['depression'],
    supportNeeds: 'Pauser efter behov.',
    // Her latest measurement (two months ago) was never made: it is overdue.
    monthsAgo: 32,
    grantedMonths: 36,
    attendance: 'sickLeave',
    hours: 4,
    goal: {
      area: 'socialHealth',
      track: 'healthSubstance',
      title: 'Komme ud og gå en tur hver morgen',
      circle: {
        goal: 'At gå en tur på mindst 15 minutter, før hun møder ind.',
        activities: 'Bostøtten ringer kl. 7.30; en fast rute forbi søen.',
        measure: 'Sofie sætter kryds i kalenderen; vi kigger på den ved opfølgningen.',
      },
    },
    subGoal: {
      area: 'socialHealth',
      track: 'sleepStructure',
      title: 'Stå op kl. 7.15 på hverdage',
    },
    notes: [
      {
        daysAgo: 4,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Sofie har været syg det meste af ugen. Telefonsamtale: hun vil gerne komme mandag, hvis hun må starte kl. 10.',
      },
      {
        daysAgo: 13,
        by: 'coordinator',
        visibility: 'institution',
        track: 'treatment',
        body: 'Aftalt med Sofie, at hun kontakter egen læge om søvnen. Hun vil gerne have hjælp til at bestille tid.',
      },
      {
        daysAgo: 22,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Kom kl. 10 som aftalt og arbejdede i køkkenet i tre timer. Virkede glad ved frokosten.',
      },
      {
        daysAgo: 35,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Statusmøde: fremmødet er faldet siden sommer. Vi prøver kortere dage og en fast opgave i køkkenet.',
      },
    ],
  },
  {
    givenName: 'Emil',
    familyName: 'Pedersen',
    birthDate: '2003-07-09',
    gender: 'male',
    disabilities: ['cognitive'],
    strains: [],
    supportNeeds: 'Visuel dagsplan.',
    monthsAgo: 3,
    grantedMonths: 24,
    attendance: 'improving',
    hours: 5,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Følge den visuelle dagsplan i kantinen',
      circle: {
        goal: 'At gå fra opgave til opgave efter billederne uden at blive hentet.',
        activities: 'Dagsplan med billeder ved døren; mentor tjekker ind ved formiddagspausen.',
        measure: 'Mentor tæller, hvor mange gange Emil selv går videre til næste opgave.',
      },
    },
    subGoal: {
      area: 'employmentEducation',
      track: 'hygieneAppearance',
      title: 'Skifte til rent arbejdstøj hver mandag',
    },
    notes: [
      {
        daysAgo: 2,
        by: 'mentor',
        visibility: 'team',
        body: 'Emil fulgte dagsplanen hele formiddagen og satte selv opvasken over. Han var stolt og ville vise det til sin mor.',
      },
      {
        daysAgo: 16,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Fremmødet er blevet bedre de sidste tre uger. Det hjælper, at en fra kantinen møder ham ved bussen.',
      },
      {
        daysAgo: 30,
        by: 'mentor',
        visibility: 'professionals',
        track: 'hygieneAppearance',
        body: 'Snak om arbejdstøj: vi lavede en huskeseddel til tasken.',
      },
      {
        daysAgo: 60,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Opstartsmøde: Emil vil gerne arbejde i et køkken. Første mål er at komme tre dage om ugen.',
      },
    ],
  },
  {
    givenName: 'Freja',
    familyName: 'Andersen',
    birthDate: '2001-01-30',
    gender: 'female',
    disabilities: ['cognitive', 'physical'],
    strains: ['isolation'],
    supportNeeds: 'Kan ikke løfte tungt.',
    monthsAgo: 9,
    grantedMonths: null,
    attendance: 'mixed',
    hours: 4,
    goal: {
      area: 'leisureRelations',
      track: 'leisureNetwork',
      title: 'Være med i en fritidsaktivitet én gang om ugen',
      circle: {
        goal: 'At gå til svømning i ungeklubben om onsdagen.',
        activities: 'Bostøtten følger hende de første tre gange; en fra holdet går måske med.',
        measure: 'Freja fortæller ved opfølgningsmødet, hvor mange gange hun har været af sted.',
      },
    },
    subGoal: {
      area: 'leisureRelations',
      track: 'leisureNetwork',
      title: 'Spise frokost sammen med holdet i kantinen',
    },
    notes: [
      {
        daysAgo: 2,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Freja sorterede post i receptionen hele formiddagen. Opgaven passer godt, fordi hun kan sidde ned.',
      },
      {
        daysAgo: 11,
        by: 'coordinator',
        visibility: 'professionals',
        track: 'sleepStructure',
        body: 'Snak om døgnrytme: vi aftalte fast sengetid og vækning kl. 7.',
      },
      {
        daysAgo: 20,
        by: 'coordinator',
        visibility: 'team',
        track: 'leisureNetwork',
        body: 'Freja har været til svømning to onsdage i træk. Hun vil gerne have en fast makker.',
      },
      {
        daysAgo: 29,
        by: 'mentor',
        visibility: 'institution',
        body: 'Ondt i ryggen efter at have stået ved disken. Vi har fundet en høj stol til hende.',
      },
    ],
  },
  {
    givenName: 'Noah',
    familyName: 'Christensen',
    birthDate: '1998-09-17',
    gender: 'male',
    disabilities: ['psychological'],
    strains: ['distrust'],
    supportNeeds: 'Varsling i god tid ved ændringer.',
    monthsAgo: 26,
    grantedMonths: 60,
    attendance: 'steady',
    hours: 7,
    goal: {
      area: 'socialHealth',
      track: 'housingEconomy',
      title: 'Bo i egen lejlighed og klare budgettet',
      circle: {
        goal: 'At betale husleje og regninger til tiden hver måned.',
        activities: 'Budgetsamtale med bostøtten hver anden uge; fast overførsel på lønningsdagen.',
        measure: 'Noah og bostøtten ser på kontoudtoget sammen den 1. i måneden.',
      },
    },
    subGoal: {
      area: 'socialHealth',
      track: 'housingEconomy',
      title: 'Lave en madplan for ugen og handle efter den',
    },
    notes: [
      {
        daysAgo: 3,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Noah har mødt hver dag i seks uger. Han vil gerne høre om praktik på et lager.',
      },
      {
        daysAgo: 14,
        by: 'mentor',
        visibility: 'team',
        body: 'God dag på lageret: Noah har lavet et nyt system til hylderne, som de andre nu bruger.',
      },
      {
        daysAgo: 27,
        by: 'coordinator',
        visibility: 'professionals',
        track: 'housingEconomy',
        body: 'Noah har fået nøgle til sin lejlighed i Lindeby Øst. Bostøtten hjælper med budget og flytning.',
      },
      {
        daysAgo: 45,
        by: 'coordinator',
        visibility: 'institution',
        body: 'En ændring i vagtplanen blev først sagt samme morgen; Noah blev vred og gik. Vi aftalte, at han får besked om ændringer dagen før.',
      },
    ],
  },
  {
    givenName: 'Ida',
    familyName: 'Larsen',
    birthDate: '2002-12-05',
    gender: 'female',
    disabilities: ['cognitive'],
    strains: ['resignation'],
    supportNeeds: 'Hjælp til transport de første uger.',
    monthsAgo: 5,
    grantedMonths: 36,
    attendance: 'mixed',
    hours: 5,
    goal: {
      area: 'employmentEducation',
      track: 'sleepStructure',
      title: 'Tage bussen alene til værkstedet',
      circle: {
        goal: 'At tage linje 3 alene hele vejen fra Nørregade til skolen.',
        activities: 'Vi har øvet turen sammen; Ida har busplanen på telefonen.',
        measure: 'Ida skriver en sms til mentor, når hun er steget af bussen.',
      },
    },
    subGoal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Prøve en ny opgave i gartneriet',
    },
    notes: [
      {
        daysAgo: 2,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Ida kom med bussen alene i dag for tredje gang. Hun smilede, da hun fortalte det.',
      },
      {
        daysAgo: 15,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Ida siger tit »det kan jeg ikke«. Vi bruger små opgaver, hun kan lykkes med, og skriver dem ned sammen.',
      },
      {
        daysAgo: 28,
        by: 'mentor',
        visibility: 'team',
        track: 'labourMarketIdentity',
        body: 'Første dag i gartneriet: Ida plantede stiklinger og ville gerne fortsætte i morgen.',
      },
      {
        daysAgo: 50,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Evalueringsmøde efter opstarten: Ida møder tre dage om ugen. Næste mål er transporten.',
      },
    ],
  },
  {
    givenName: 'Oliver',
    familyName: 'Sørensen',
    birthDate: '2000-04-28',
    gender: 'male',
    disabilities: ['cognitive', 'psychological'],
    strains: ['anxiety', 'isolation'],
    supportNeeds: 'Rolige omgivelser.',
    monthsAgo: 17,
    grantedMonths: 48,
    attendance: 'mixed',
    hours: 6,
    goal: {
      area: 'socialHealth',
      track: 'treatment',
      title: 'Komme til samtalerne hos psykologen hver anden uge',
      circle: {
        goal: 'At møde op til alle samtaler, også når angsten fylder.',
        activities: 'Koordinatoren følger med de første gange; påmindelse dagen før.',
        measure: 'Vi tæller de aftalte samtaler, og Oliver fortæller, hvordan de gik.',
      },
    },
    subGoal: {
      area: 'socialHealth',
      track: 'sleepStructure',
      title: 'Holde fast sengetid, også i weekenden',
    },
    notes: [
      {
        daysAgo: 19,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Oliver er blevet far til en datter. Vi har aftalt pause i forløbet under forældreorloven og et opfølgningsmøde, når han kommer tilbage.',
      },
      {
        daysAgo: 30,
        by: 'mentor',
        visibility: 'team',
        body: 'Oliver var med til fællesmødet og sagde noget højt for første gang.',
      },
      {
        daysAgo: 44,
        by: 'coordinator',
        visibility: 'institution',
        track: 'treatment',
        body: 'Oliver fortæller, at samtalerne hos psykologen hjælper, og at angsten fylder mindre om morgenen.',
      },
      {
        daysAgo: 58,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Oliver arbejdede i cykelværkstedet; han er hurtig til at finde fejl og vil gerne lære mere.',
      },
    ],
    status: {
      kind: 'paused',
      daysAgo: 18,
      reason: 'Forældreorlov; forløbet genoptages efter orloven',
    },
  },
  {
    givenName: 'Alex',
    familyName: 'Rasmussen',
    birthDate: '2001-08-11',
    gender: 'other',
    disabilities: ['psychological'],
    strains: ['socialPhobia'],
    supportNeeds: 'Arbejde i mindre grupper.',
    monthsAgo: 12,
    grantedMonths: 36,
    attendance: 'mixed',
    hours: 6,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Lave tryksager til kunder i det grafiske værksted',
      circle: {
        goal: 'At tage imod en kundeopgave og gøre den færdig til aftalt tid.',
        activities: 'Faste opgaver fra skolens kontor; Alex arbejder i en gruppe på tre.',
        measure: 'Vi ser sammen på, hvor mange opgaver der blev leveret til tiden.',
      },
    },
    subGoal: {
      area: 'leisureRelations',
      track: 'leisureNetwork',
      title: 'Spise med ved fællesspisningen om fredagen',
    },
    notes: [
      {
        daysAgo: 5,
        by: 'mentor',
        visibility: 'team',
        body: 'Alex lavede plakaterne til sommerfesten og fik ros fra kontoret. Alex vil gerne have flere kundeopgaver.',
      },
      {
        daysAgo: 18,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Samtale om praktik: Alex vil helst et sted med få kolleger. Jobkonsulenten undersøger et lille trykkeri.',
      },
      {
        daysAgo: 31,
        by: 'mentor',
        visibility: 'institution',
        track: 'leisureNetwork',
        body: 'Alex blev væk fra fællesspisningen igen. Vi taler om et mindre bord med to faste kolleger.',
      },
      {
        daysAgo: 47,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Opfølgningsmøde: Alex har mødt fire dage om ugen i to måneder.',
      },
    ],
  },
  {
    givenName: 'Clara',
    familyName: 'Jørgensen',
    birthDate: '1997-06-19',
    gender: 'female',
    disabilities: ['physical', 'psychological'],
    strains: [],
    supportNeeds: 'Hæve-sænke-bord.',
    monthsAgo: 38,
    grantedMonths: 48,
    attendance: 'steady',
    hours: 5,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Fleksjob med kontoropgaver',
      status: 'achieved',
      circle: {
        goal: 'At få et fleksjob med bogføring og kundeservice, 20 timer om ugen.',
        activities: 'Praktik på kontoret hos Lindeby Revision; afprøvning af arbejdsevnen.',
        measure: 'Jobkonsulent og virksomhed vurderer arbejdsevnen efter 13 uger.',
        learned:
          'Clara arbejder bedst med en pause hver anden time og et hæve-sænke-bord. Det står i jobaftalen.',
      },
    },
    subGoal: {
      area: 'socialHealth',
      track: 'healthSubstance',
      title: 'Lave øvelser for ryggen i pauserne',
      status: 'achieved',
    },
    notes: [
      {
        daysAgo: 26,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Jobaftale underskrevet: fleksjob 20 timer om ugen hos Lindeby Revision. Forløbet afsluttes.',
      },
      {
        daysAgo: 40,
        by: 'mentor',
        visibility: 'team',
        body: 'Sidste dag i værkstedet før praktikken. Clara gav kage og fortalte de nye om praktikken.',
      },
      {
        daysAgo: 60,
        by: 'coordinator',
        visibility: 'professionals',
        track: 'labourMarketIdentity',
        body: 'Jobcentret har godkendt fleksjob. Vi forbereder jobaftalen med virksomheden.',
      },
      {
        daysAgo: 90,
        by: 'coordinator',
        visibility: 'institution',
        body: 'Clara har haft flere dage med smerter; vi har aftalt kortere dage i en periode.',
      },
    ],
    status: {
      kind: 'ended',
      daysAgo: 25,
      reason: 'Ansat i fleksjob 20 timer om ugen hos Lindeby Revision',
      outcome: 'flexJob',
    },
  },
  {
    givenName: 'Lucas',
    familyName: 'Madsen',
    birthDate: '2004-02-29',
    gender: 'male',
    disabilities: ['cognitive'],
    strains: [],
    supportNeeds: 'Instruktion trin for trin.',
    monthsAgo: 1,
    grantedMonths: 24,
    attendance: 'steady',
    hours: 5,
    hoursSometimesMissing: true,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Lære værkstedets faste opgaver trin for trin',
      circle: {
        goal: 'At starte træværkstedet op om morgenen efter tjeklisten.',
        activities: 'Tjekliste med fem trin ved døren; mentor viser hvert trin først.',
        measure: 'Mentor og Lucas krydser af på tjeklisten hver dag i to uger.',
      },
    },
    subGoal: {
      area: 'employmentEducation',
      track: 'hygieneAppearance',
      title: 'Have sikkerhedssko og høreværn på i værkstedet',
    },
    notes: [
      {
        daysAgo: 1,
        by: 'mentor',
        visibility: 'team',
        body: 'Lucas startede træværkstedet op efter tjeklisten i dag, uden hjælp til de tre første trin.',
      },
      {
        daysAgo: 8,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'De første uger: Lucas møder hver dag og er glad for værkstedet. Han har brug for én besked ad gangen.',
      },
      {
        daysAgo: 22,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Første samtale med sagsbehandler og mor. Lucas vil gerne arbejde med træ.',
      },
    ],
  },
  {
    givenName: 'Maja',
    familyName: 'Kristensen',
    birthDate: '1999-10-03',
    gender: 'female',
    disabilities: ['cognitive', 'psychological'],
    strains: ['depression'],
    supportNeeds: 'Fast mødetid og sms-påmindelse.',
    monthsAgo: 7,
    grantedMonths: 36,
    attendance: 'unexplained',
    hours: 6,
    goal: {
      area: 'employmentEducation',
      track: 'labourMarketIdentity',
      title: 'Melde fra, når hun ikke kan komme',
      circle: {
        goal: 'At ringe eller skrive til mentor før kl. 8.30, hvis hun ikke kommer.',
        activities: 'Mentors nummer står øverst i telefonen; sms-påmindelse kl. 7.30.',
        measure: 'Vi tæller sammen hver fredag, hvor mange dage hun meldte fra.',
      },
    },
    subGoal: {
      area: 'socialHealth',
      track: 'sleepStructure',
      title: 'Lægge telefonen væk kl. 23',
    },
    notes: [
      {
        daysAgo: 2,
        by: 'mentor',
        visibility: 'professionals',
        body: 'Maja meldte fra kl. 8 i dag – første gang i lang tid, hun selv har skrevet.',
      },
      {
        daysAgo: 9,
        by: 'coordinator',
        visibility: 'professionals',
        body: 'Maja har ikke givet samtykke til deling med jobcentret endnu. Hun vil tænke over det til næste møde.',
      },
      {
        daysAgo: 23,
        by: 'mentor',
        visibility: 'institution',
        body: 'Tre dage uden besked. Hjemmebesøg: Maja lå i sengen og havde ikke åbnet sin post.',
      },
      {
        daysAgo: 37,
        by: 'coordinator',
        visibility: 'professionals',
        track: 'sleepStructure',
        body: 'Samtale om søvn: Maja er oppe til langt ud på natten med telefonen.',
      },
    ],
  },
];
