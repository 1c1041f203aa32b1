import { queryOptions } from '@tanstack/react-query';
import { anchors, offsetUnits, repeatUnits } from '../../../src/formats/timing.ts';
import { courseMeetingKinds } from '../../../src/meetings/kinds.ts';
import type {
  ApplyFormat,
  CourseFormatSaved,
  CourseFormats,
  FormatHistory,
  FormatInput,
  FormatList,
  FormatRule,
  FormatSaved,
  Me,
  NewFormat,
  PartnershipList,
} from '../api/types.ts';
import { vocabulary } from '../api/vocabulary.ts';
import { api } from '../app/api.ts';

/** Shapes generated from src/formats/schemas.ts. */
export type { CourseFormats, Format, FormatInput, FormatRule } from '../api/types.ts';
export { anchors, courseMeetingKinds, offsetUnits, repeatUnits };

export const inviteeRoles = vocabulary<FormatRule['invitees']['roles'][number]>()([
  'youthCoordinator',
  'caseworker',
  'workshopMentor',
  'jobConsultant',
  'companyMentor',
]);

/** The development group (src/partnerships/access.ts): who edits the partnership's formats. */
const developmentGroupRoles = ['leader', 'youthCoordinator', 'caseworker'];
export const inDevelopmentGroup = (me: Me) =>
  me.user.memberships.some((m) => developmentGroupRoles.includes(m.role));

export const partnershipsQuery = queryOptions({
  queryKey: ['partnerships'],
  queryFn: () => api<PartnershipList>('GET', '/api/partnerships'),
});

const base = (partnershipId: string) => `/api/partnerships/${encodeURIComponent(partnershipId)}/formats`;

export const formatsQuery = (partnershipId: string) =>
  queryOptions({
    queryKey: ['partnership', partnershipId, 'formats'],
    queryFn: () => api<FormatList>('GET', base(partnershipId)),
  });

export const formatQuery = (partnershipId: string, formatId: string) =>
  queryOptions({
    queryKey: ['partnership', partnershipId, 'formats', formatId],
    queryFn: () => api<FormatSaved>('GET', `${base(partnershipId)}/${encodeURIComponent(formatId)}`),
  });

export const formatHistoryQuery = (partnershipId: string, formatId: string) =>
  queryOptions({
    queryKey: ['partnership', partnershipId, 'formats', formatId, 'history'],
    queryFn: () =>
      api<FormatHistory>('GET', `${base(partnershipId)}/${encodeURIComponent(formatId)}/history`),
  });

export const createFormat = (partnershipId: string, format: NewFormat) =>
  api<FormatSaved>('POST', base(partnershipId), format);

/** A change to the version the person opened; someone else's change in between gives 412. */
export const updateFormat = (partnershipId: string, formatId: string, format: FormatInput, version: number) =>
  api<FormatSaved>('PUT', `${base(partnershipId)}/${encodeURIComponent(formatId)}`, format, {
    ifMatch: version,
  });

const courseBase = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/formats`;

export const courseFormatsQuery = (courseId: string) =>
  queryOptions({
    queryKey: ['course', courseId, 'formats'],
    queryFn: () => api<CourseFormats>('GET', courseBase(courseId)),
  });

export const applyFormat = (courseId: string, body: ApplyFormat) =>
  api<CourseFormatSaved>('POST', courseBase(courseId), body);

export const stopFormat = (courseId: string, courseFormatId: string, version: number) =>
  api<CourseFormatSaved>(
    'POST',
    `${courseBase(courseId)}/${encodeURIComponent(courseFormatId)}/stop`,
    undefined,
    {
      ifMatch: version,
    },
  );
