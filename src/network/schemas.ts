import { z } from 'zod';
import { presentedAs } from '../auth/present.ts';
import { storableText } from '../platform/schemas.ts';
import { closenesses, relations, spheres } from './relations.ts';

export const relation = z.enum(relations);
export const sphere = z.enum(spheres);
export const closeness = z.enum(closenesses);

const email = z.union([z.literal(''), z.email('expected an e-mail address').max(320)]);
const phone = storableText(40).refine((v) => /^[0-9+ ()-]*$/.test(v), 'expected a phone number');

export const memberParams = z.strictObject({ courseId: z.uuid(), memberId: z.uuid() });

const memberFields = {
  name: storableText(200, 1),
  relation,
  sphere,
  phone: phone.optional(),
  email: email.optional(),
  /** Free text: what the person does on the course, e.g. "deltager i netværksmøder". */
  courseRole: storableText(300).optional(),
  closeness,
};
export const newMember = z.strictObject(memberFields);
export type NewMember = z.infer<typeof newMember>;

export const memberPatch = z
  .strictObject(memberFields)
  .partial()
  .refine((p) => Object.values(p).some((v) => v !== undefined), {
    message: 'nothing to change: give name, relation, sphere, phone, email, courseRole or closeness',
  });
export type MemberPatch = z.infer<typeof memberPatch>;

export const memberView = presentedAs(
  'networkMember',
  z.object({
    id: z.string(),
    name: z.string(),
    relation,
    sphere,
    phone: z.string(),
    email: z.string(),
    courseRole: z.string(),
    closeness,
    version: z.number().int(),
  }),
);
export type MemberView = z.infer<typeof memberView>;

export const networkList = presentedAs('networkList', z.object({ members: z.array(memberView) }));
export const memberSaved = presentedAs('networkMemberSaved', z.object({ member: memberView }));
