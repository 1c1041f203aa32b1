import { queryOptions } from '@tanstack/react-query';
import type {
  CourseSteps,
  Me,
  NewReferral,
  ReferralCreated,
  ReferralOptions,
  StepInput,
  StepKind,
  StepSaved,
} from '../api/types.ts';
import { api } from '../app/api.ts';

export { stepKinds } from '../../../src/course-steps/order.ts';
/** Shapes generated from src/course-steps/schemas.ts. */
export type {
  CourseStep,
  CourseSteps,
  NewReferral,
  ReferralOptions,
  StepInput,
  StepKind,
  StepVersion,
} from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/steps`;

export const stepsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'steps'],
    queryFn: () => api<CourseSteps>('GET', base(courseId)),
  });

/** Records a step; with the version the person saw, changes it (someone else's change in between gives 412). */
export const saveStep = (courseId: string, kind: StepKind, input: StepInput, version?: number) =>
  api<StepSaved>(
    'PUT',
    `${base(courseId)}/${kind}`,
    input,
    version === undefined ? {} : { ifMatch: version },
  );

export const referralOptionsQuery = queryOptions({
  queryKey: ['referralOptions'],
  queryFn: () => api<ReferralOptions>('GET', '/api/referrals/options'),
});

export const createReferral = (referral: NewReferral) =>
  api<ReferralCreated>('POST', '/api/referrals', referral);

/** Who refers (the server decides per partnership): a caseworker or a youth coordinator. */
export const mayRefer = (me: Me | undefined): boolean =>
  me?.user.memberships.some((m) => m.role === 'caseworker' || m.role === 'youthCoordinator') ?? false;
