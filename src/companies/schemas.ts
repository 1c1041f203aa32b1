import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { isoDate, storableText } from '../platform/schemas.ts';
import { industries, levels, newPlaceStates, openingStates, workFunctions } from './vocabulary.ts';

export const industry = z.enum(industries);
export const workFunction = z.enum(workFunctions);
export const level = z.enum(levels);
export const newPlace = z.enum(newPlaceStates);
export const openingStatus = z.enum(openingStates);

/** Work functions without repeats: a list is a set. */
const functionList = z.array(workFunction).max(workFunctions.length);
const email = z.union([z.literal(''), z.email('expected an e-mail address').max(320)]);
const phone = storableText(40).refine((v) => /^[0-9+ ()-]*$/.test(v), 'expected a phone number');
/** Eight digits; the modulus-11 rule is checked in the service, so the error names the field alike. */
const cvr = z.union([
  z.literal(''),
  z
    .string()
    .trim()
    .regex(/^[0-9]{8}$/, 'expected 8 digits'),
]);

export const companyParams = z.strictObject({ companyId: z.uuid() });
export const contactParams = z.strictObject({ companyId: z.uuid(), contactId: z.uuid() });
export const openingParams = z.strictObject({ companyId: z.uuid(), openingId: z.uuid() });
export const workplaceParams = z.strictObject({ workplaceId: z.uuid() });

const addressFields = {
  street: storableText(200),
  postcode: storableText(10),
  city: storableText(100),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
};

const companyFields = {
  name: storableText(200, 1),
  cvr,
  industry,
  ...addressFields,
  workFunctions: functionList,
  personalRelation: storableText(2000),
  notes: storableText(4000),
  newPlace,
  newPlaceOn: isoDate.nullable(),
};

export const newCompany = z.strictObject({
  /** Which network; needed only when the writer writes in several. */
  institutionId: z.uuid().optional(),
  name: companyFields.name,
  cvr: cvr.optional(),
  industry,
  street: addressFields.street.optional(),
  postcode: addressFields.postcode.optional(),
  city: addressFields.city.optional(),
  latitude: addressFields.latitude.optional(),
  longitude: addressFields.longitude.optional(),
  workFunctions: functionList.optional(),
  personalRelation: companyFields.personalRelation.optional(),
  notes: companyFields.notes.optional(),
});
export type NewCompany = z.infer<typeof newCompany>;

export const companyPatch = z
  .strictObject(
    Object.fromEntries(Object.entries(companyFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof companyFields]: z.ZodOptional<(typeof companyFields)[K]>;
    },
  )
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type CompanyPatch = z.infer<typeof companyPatch>;

export const companyQuery = z.strictObject({
  industry: industry.optional(),
  workFunction: workFunction.optional(),
  q: storableText(100).optional(),
  /** A course whose young person's home the distance is measured from. */
  near: z.uuid().optional(),
  maxKm: z.coerce.number().positive().max(1000).optional(),
  sort: z.enum(['name', 'distance']).optional(),
});
export type CompanyQuery = z.infer<typeof companyQuery>;

export const newContact = z.strictObject({
  name: storableText(200, 1),
  title: storableText(200).optional(),
  phone: phone.optional(),
  email: email.optional(),
  isMentor: z.boolean().optional(),
  userId: z.uuid().nullable().optional(),
});
export type NewContact = z.infer<typeof newContact>;
export const contactPatch = newContact
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type ContactPatch = z.infer<typeof contactPatch>;

export const newAssessment = z.strictObject({
  assessedOn: isoDate,
  level,
  reasons: storableText(4000, 1),
});
export type NewAssessment = z.infer<typeof newAssessment>;

const openingFields = {
  title: storableText(200, 1),
  workFunctions: functionList,
  hoursPerWeek: z.number().positive().max(60).nullable(),
  availableFrom: isoDate.nullable(),
  status: openingStatus,
  note: storableText(2000),
};
export const newOpening = z.strictObject({
  title: openingFields.title,
  workFunctions: functionList.optional(),
  hoursPerWeek: openingFields.hoursPerWeek.optional(),
  availableFrom: openingFields.availableFrom.optional(),
  status: openingStatus.optional(),
  note: openingFields.note.optional(),
});
export type NewOpening = z.infer<typeof newOpening>;
export const openingPatch = newOpening
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type OpeningPatch = z.infer<typeof openingPatch>;

export const newWorkplace = z.strictObject({
  institutionId: z.uuid().optional(),
  name: storableText(200, 1),
  workFunctions: functionList.optional(),
  description: storableText(2000).optional(),
  mentorIds: z.array(z.uuid()).max(50).optional(),
});
export type NewWorkplace = z.infer<typeof newWorkplace>;
export const workplacePatch = z
  .strictObject({
    name: storableText(200, 1).optional(),
    workFunctions: functionList.optional(),
    description: storableText(2000).optional(),
    mentorIds: z.array(z.uuid()).max(50).optional(),
    active: z.boolean().optional(),
  })
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: 'nothing to change' });
export type WorkplacePatch = z.infer<typeof workplacePatch>;

// Responses.

const network = z.object({ id: z.string(), name: z.string(), writable: z.boolean() });

export const companySummary = presentedAs(
  'companySummary',
  z.object({
    id: z.string(),
    name: z.string(),
    institutionId: z.string(),
    industry: z.string(),
    workFunctions: z.array(z.string()),
    city: z.string(),
    capacity: level.nullable(),
    /** Km from the young person's home, 1 decimal; null without a `near` or without coordinates. */
    distanceKm: z.number().nullable(),
    openPlaces: z.number().int(),
    newPlace,
  }),
);
export type CompanySummary = z.infer<typeof companySummary>;

export const companyList = presentedAs(
  'companyList',
  z.object({
    companies: z.array(companySummary),
    /** The networks the reader reads (and which they may change): the "new company" form's choice. */
    networks: z.array(network),
    /** Whose home the distance is from, when asked. */
    near: z.object({ courseId: z.string(), hasHome: z.boolean() }).nullable(),
  }),
);

export const companyView = presentedAs(
  'company',
  z.object({
    id: z.string(),
    institutionId: z.string(),
    name: z.string(),
    cvr: z.string().nullable(),
    industry: z.string(),
    street: z.string(),
    postcode: z.string(),
    city: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    workFunctions: z.array(z.string()),
    personalRelation: z.string(),
    notes: z.string(),
    newPlace,
    newPlaceOn: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.string(),
  }),
);
export type CompanyView = z.infer<typeof companyView>;

export const contactView = presentedAs(
  'companyContact',
  z.object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    phone: z.string(),
    email: z.string(),
    isMentor: z.boolean(),
    userId: z.string().nullable(),
    removedAt: z.string().nullable(),
  }),
);
export type ContactView = z.infer<typeof contactView>;

export const assessmentView = presentedAs(
  'capacityAssessment',
  z.object({
    id: z.string(),
    assessedOn: z.string(),
    level,
    reasons: z.string(),
    assessedBy: z.string().nullable(),
  }),
);
export type AssessmentView = z.infer<typeof assessmentView>;

export const openingView = presentedAs(
  'companyOpening',
  z.object({
    id: z.string(),
    title: z.string(),
    workFunctions: z.array(z.string()),
    hoursPerWeek: z.number().nullable(),
    availableFrom: z.string().nullable(),
    status: openingStatus,
    note: z.string(),
    version: z.number().int(),
  }),
);
export type OpeningView = z.infer<typeof openingView>;

const yearCount = z.object({
  year: z.number().int(),
  internships: z.number().int(),
  hires: z.number().int(),
});
const placedPerson = z.object({ courseId: z.string(), firstName: z.string() });
export const historyView = presentedAs(
  'companyHistory',
  z.object({
    years: z.array(yearCount),
    /** Only for the institution's own staff (they work with these young people); otherwise null. */
    internships: z
      .array(placedPerson.extend({ startsOn: z.string(), endsOn: z.string().nullable() }))
      .nullable(),
    hires: z.array(placedPerson.extend({ type: z.string(), on: z.string().nullable() })).nullable(),
  }),
);
export type HistoryView = z.infer<typeof historyView>;

export const companyDetail = presentedAs(
  'companyDetail',
  z.object({
    company: companyView,
    writable: z.boolean(),
    contacts: z.array(contactView),
    /** Newest first; the first is the company's current capacity. */
    capacity: z.array(assessmentView),
    openings: z.array(openingView),
    history: historyView,
    /** Sign-ins of the company's mentors, to link a contact to. */
    mentorUsers: z.array(z.object({ id: z.string(), displayName: z.string() })),
  }),
);

export const companySaved = presentedAs('companySaved', z.object({ company: companyView }));
export const contactSaved = presentedAs('contactSaved', z.object({ contact: contactView }));
export const assessmentSaved = presentedAs('assessmentSaved', z.object({ assessment: assessmentView }));
export const openingSaved = presentedAs('openingSaved', z.object({ opening: openingView }));

export const workplaceView = presentedAs(
  'workplace',
  z.object({
    id: z.string(),
    institutionId: z.string(),
    name: z.string(),
    workFunctions: z.array(z.string()),
    description: z.string(),
    active: z.boolean(),
    mentors: z.array(z.object({ id: z.string(), displayName: z.string() })),
    version: z.number().int(),
  }),
);
export type WorkplaceView = z.infer<typeof workplaceView>;
export const workplaceList = presentedAs(
  'workplaceList',
  z.object({
    workplaces: z.array(workplaceView),
    networks: z.array(network),
    /** The institutions' workshop mentors to choose from. */
    mentorOptions: z.array(z.object({ id: z.string(), displayName: z.string(), institutionId: z.string() })),
  }),
);
export const workplaceSaved = presentedAs('workplaceSaved', z.object({ workplace: workplaceView }));
