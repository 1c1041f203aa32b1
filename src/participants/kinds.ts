/** The closed vocabularies describing a participant. */
export const genders = ['female', 'male', 'other'] as const;
export const disabilityKinds = ['cognitive', 'physical', 'psychological'] as const;
export type Gender = (typeof genders)[number];
export type DisabilityKind = (typeof disabilityKinds)[number];
