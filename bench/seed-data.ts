/** Fictional names and note sentences for the benchmark volume. */
export const givenNames = [
  'Amalie',
  'Mads',
  'Freja',
  'Oliver',
  'Ida',
  'Noah',
  'Sofie',
  'Lucas',
  'Emma',
  'Victor',
];
export const familyNames = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
];
export const disabilitySets = ['cognitive', 'cognitive,psychological', 'psychological', 'cognitive,physical'];
export const strainSets = ['anxiety', 'socialPhobia,isolation', '', 'depression', 'distrust'];
export const outcomes = ['ordinaryJob', 'flexJob', 'wageSubsidyJob', 'education', 'stopped'];

export const noteSentences = [
  'Mødte stabilt i værkstedet hele ugen og tog selv initiativ til opgaverne.',
  'Vi talte om søvnrytme og aftalte at prøve en fast sengetid i to uger.',
  'Praktikken i virksomheden går godt; mentoren fortæller om god kontakt med kollegerne.',
  'Havde en svær dag med angst om morgenen, men kom i gang efter en snak.',
  'Netværksmøde med bostøtten: plan for økonomi og indkøb blev lagt.',
  'Arbejdede selvstændigt med opmåling og savning; kvaliteten er steget tydeligt.',
  'Fravær mandag og tirsdag; ringede selv ind, hvilket er et fremskridt.',
  'Statusmøde forberedt; den unge vil gerne prøve flere timer i praktikken.',
  'Drøftede målet om offentlig transport alene; første tur gennemført med støtte.',
  'Samtale med sagsbehandler om bevilling og næste skridt mod fleksjob.',
  'Kantineopgaver: ansvar for opvask fredag, klarede det uden påmindelser.',
  'Mentoren oplever mere overskud og bedre humør i pauserne.',
];
