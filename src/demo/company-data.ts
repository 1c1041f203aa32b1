import type { Industry, Level, WorkFunction } from '../companies/vocabulary.ts';

/* The demo's company network and workplaces as data; src/demo/companies.ts writes them. */

export interface DemoCompany {
  name: string;
  cvr: string | null;
  industry: Industry;
  street: string;
  /** Kilometres east and north of the town centre: distance needs no map service. */
  at: [number, number];
  functions: WorkFunction[];
  capacity: Level;
  capacityReasons: string;
  relation: string;
  mentor: { name: string; title: string; phone: string };
  opening?: { title: string; functions: WorkFunction[]; hours: number };
}

/** The town centre of the demo (fictional Lindeby, somewhere in Jutland). */
const centre = { latitude: 55.7, longitude: 9.53 };
export const point = ([east, north]: [number, number]) => ({
  latitude: Math.round((centre.latitude + north / 111.2) * 10_000) / 10_000,
  longitude: Math.round((centre.longitude + east / 62.7) * 10_000) / 10_000,
});

/** The institution's network: about 15 companies in several industries, each with a mentor. */
export const network: DemoCompany[] = [
  {
    name: 'Lindeby Tømrer ApS',
    cvr: '31415918',
    industry: 'crafts',
    street: 'Savværksvej 3',
    at: [2, 1],
    functions: ['carpentry', 'construction', 'maintenance'],
    capacity: 'high',
    capacityReasons: 'Viktor har været mentor for tre unge; faste opgaver og rolige morgener på værkstedet.',
    relation: 'Karin kender indehaveren fra skolebestyrelsen.',
    mentor: { name: 'Viktor Virksomhedsmentor', title: 'Tømrersvend', phone: '40 11 22 33' },
  },
  {
    name: 'Café Lindely',
    cvr: '31415926',
    industry: 'hospitality',
    street: 'Torvet 4',
    at: [0, 0],
    functions: ['kitchen', 'cleaning', 'customerService'],
    capacity: 'medium',
    capacityReasons: 'Travlt ved frokost; køkkenchefen tager sig tid om formiddagen.',
    relation: 'Har haft to praktikanter fra skolen.',
    mentor: { name: 'Hanne Køkkenchef', title: 'Køkkenchef', phone: '40 22 33 44' },
    opening: { title: 'Køkkenhjælp om formiddagen', functions: ['kitchen', 'cleaning'], hours: 15 },
  },
  {
    name: 'Lindeby Cykler',
    cvr: '31415934',
    industry: 'retail',
    street: 'Østergade 12',
    at: [1, -1],
    functions: ['bikeRepair', 'retail', 'customerService'],
    capacity: 'high',
    capacityReasons: 'Lille butik med én fast voksen hele dagen; vant til unge i praktik.',
    relation: 'Indehaveren er tidligere elev på skolen.',
    mentor: { name: 'Bo Cykelsmed', title: 'Indehaver', phone: '40 33 44 55' },
  },
  {
    name: 'Lindeby Revision',
    cvr: null,
    industry: 'office',
    street: 'Bredgade 20',
    at: [0, 1],
    functions: ['office', 'it'],
    capacity: 'medium',
    capacityReasons: 'Rolige omgivelser; en fast kollega har tid til instruktion.',
    relation: 'Ansatte Clara i fleksjob.',
    mentor: { name: 'Jens Revisor', title: 'Kontorchef', phone: '40 44 55 66' },
  },
  {
    name: 'Lindeby Gartneri',
    cvr: null,
    industry: 'agriculture',
    street: 'Markvej 40',
    at: [-6, 3],
    functions: ['gardening', 'production'],
    capacity: 'high',
    capacityReasons: 'Arbejde i små hold udendørs; mentoren har en socialpædagogisk baggrund.',
    relation: '',
    mentor: { name: 'Gitte Gartner', title: 'Gartner', phone: '40 55 66 77' },
    opening: { title: 'Gartnerhjælper', functions: ['gardening'], hours: 20 },
  },
  {
    name: 'Brugsen Lindeby',
    cvr: null,
    industry: 'retail',
    street: 'Hovedgaden 1',
    at: [0.5, 0.2],
    functions: ['retail', 'warehouse', 'cleaning'],
    capacity: 'medium',
    capacityReasons: 'Uddeler er positiv; travlt i weekenden.',
    relation: '',
    mentor: { name: 'Ulla Uddeler', title: 'Uddeler', phone: '40 66 77 88' },
  },
  {
    name: 'Lindeby Auto',
    cvr: null,
    industry: 'auto',
    street: 'Industrivej 8',
    at: [3, -2],
    functions: ['autoRepair', 'cleaning'],
    capacity: 'low',
    capacityReasons: 'Høj støj og skiftende opgaver; mester har lidt tid til instruktion.',
    relation: '',
    mentor: { name: 'Mikkel Mekaniker', title: 'Mester', phone: '40 77 88 99' },
  },
  {
    name: 'Plejecenter Solhøj',
    cvr: null,
    industry: 'care',
    street: 'Solhøjvej 2',
    at: [-2, -1],
    functions: ['care', 'kitchen', 'laundry'],
    capacity: 'high',
    capacityReasons: 'Faste teams og en praktikansvarlig; erfaring med unge med angst.',
    relation: 'Samarbejdsaftale med kommunen.',
    mentor: { name: 'Sofie Social- og sundhedsassistent', title: 'Praktikansvarlig', phone: '40 88 99 00' },
    opening: { title: 'Køkken og vaskeri', functions: ['kitchen', 'laundry'], hours: 20 },
  },
  {
    name: 'Lindeby Lager og Logistik',
    cvr: null,
    industry: 'logistics',
    street: 'Transportvej 30',
    at: [8, -4],
    functions: ['warehouse', 'delivery'],
    capacity: 'low',
    capacityReasons: 'Skiftehold og akkord; ingen fast mentor endnu.',
    relation: '',
    mentor: { name: 'Lars Lagerchef', title: 'Lagerchef', phone: '41 11 22 33' },
  },
  {
    name: 'Malerfirmaet Farve & Co',
    cvr: null,
    industry: 'crafts',
    street: 'Pensel Allé 5',
    at: [-1, 2],
    functions: ['painting', 'maintenance'],
    capacity: 'medium',
    capacityReasons: 'Faste sjak; mesteren vil gerne, men har travlt i sommerhalvåret.',
    relation: '',
    mentor: { name: 'Pia Maler', title: 'Malersvend', phone: '41 22 33 44' },
  },
  {
    name: 'Dyreklinikken Lindeby',
    cvr: null,
    industry: 'care',
    street: 'Dyrlægevej 7',
    at: [-3, 0],
    functions: ['animalCare', 'cleaning'],
    capacity: 'medium',
    capacityReasons: 'Rolige formiddage; ikke egnet ved stor lydfølsomhed.',
    relation: '',
    mentor: { name: 'Dorte Dyrlæge', title: 'Klinikassistent', phone: '41 33 44 55' },
  },
  {
    name: 'Lindeby Metal A/S',
    cvr: null,
    industry: 'manufacturing',
    street: 'Smedevej 11',
    at: [5, 1],
    functions: ['metalwork', 'production'],
    capacity: 'medium',
    capacityReasons: 'Sikkerhedskrav kræver god instruktion; har en erfaren lærlingeansvarlig.',
    relation: '',
    mentor: { name: 'Svend Smed', title: 'Værkfører', phone: '41 44 55 66' },
  },
  {
    name: 'Rengøringsservice Nord',
    cvr: null,
    industry: 'cleaning',
    street: 'Nordre Ringvej 9',
    at: [1, 6],
    functions: ['cleaning', 'laundry'],
    capacity: 'high',
    capacityReasons: 'Faste ruter, to og to; holdleder har ansat to fra skolen før.',
    relation: 'Tidligere praktiksted for to unge.',
    mentor: { name: 'Rikke Holdleder', title: 'Holdleder', phone: '41 55 66 77' },
  },
  {
    name: 'Lindeby Kommune, Vej og Park',
    cvr: null,
    industry: 'publicSector',
    street: 'Rådhustorvet 1',
    at: [0, -0.5],
    functions: ['gardening', 'maintenance', 'delivery'],
    capacity: 'high',
    capacityReasons: 'Sociale klausuler og erfarne mentorer; vant til skånehensyn.',
    relation: '',
    mentor: { name: 'Kurt Parkarbejder', title: 'Formand', phone: '41 66 77 88' },
  },
  {
    name: 'Bageriet Kornblomsten',
    cvr: null,
    industry: 'food',
    street: 'Bagergade 3',
    at: [-0.5, 0.5],
    functions: ['kitchen', 'retail', 'production'],
    capacity: 'low',
    capacityReasons: 'Tidlige morgener og højt tempo; bageren er usikker på at være mentor.',
    relation: '',
    mentor: { name: 'Birthe Bager', title: 'Bagermester', phone: '41 77 88 99' },
  },
];

/** The institution's own workplaces, with the workshop mentor. */
export const workplaces: Array<{ name: string; functions: WorkFunction[]; description: string }> = [
  {
    name: 'Køkkenet',
    functions: ['kitchen', 'cleaning'],
    description: 'Skolens kantine: morgenmad og frokost til 120.',
  },
  { name: 'Haven', functions: ['gardening', 'maintenance'], description: 'Skolens have og grønne områder.' },
  {
    name: 'Tømrerværkstedet',
    functions: ['carpentry', 'construction'],
    description: 'Møbler og reparationer på bestilling.',
  },
  {
    name: 'Cykelværkstedet',
    functions: ['bikeRepair', 'retail'],
    description: 'Reparation og salg af brugte cykler.',
  },
];
