import { queryOptions } from '@tanstack/react-query';
import type { NetworkList, NetworkMemberPatch, NetworkMemberSaved, NewNetworkMember } from '../api/types.ts';
import { api } from '../app/api.ts';

export {
  type Closeness,
  closenesses,
  type Relation,
  relations,
  type Sphere,
  spheres,
} from '../../../src/network/relations.ts';
/** Shapes generated from src/network/schemas.ts; the vocabularies come from the server's pure module. */
export type { NetworkMember, NetworkMemberPatch, NewNetworkMember } from '../api/types.ts';

const base = (courseId: string) => `/api/courses/${encodeURIComponent(courseId)}/network`;
export const networkKey = (courseId: string) => ['course', courseId, 'network'];

export const networkQuery = (courseId: string) =>
  queryOptions({ queryKey: networkKey(courseId), queryFn: () => api<NetworkList>('GET', base(courseId)) });

export const addMember = (courseId: string, member: NewNetworkMember) =>
  api<NetworkMemberSaved>('POST', base(courseId), member);

export const updateMember = (
  courseId: string,
  memberId: string,
  patch: NetworkMemberPatch,
  version: number,
) =>
  api<NetworkMemberSaved>('PATCH', `${base(courseId)}/${encodeURIComponent(memberId)}`, patch, {
    ifMatch: version,
  });

/** Takes the person off the map (the server keeps the row). */
export const removeMember = (courseId: string, memberId: string, version: number) =>
  api<{ ok: true }>('DELETE', `${base(courseId)}/${encodeURIComponent(memberId)}`, undefined, {
    ifMatch: version,
  });
