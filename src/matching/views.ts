import type { ModuleViews, ViewOf } from '../auth/view-types.ts';

/**
 * The views of src/matching/ (merged into the one view policy, src/auth/view-policy.ts). The work
 * profile, suggestions and decisions are class `matching`: staff, the young person, and a
 * caseworker with the `internship` consent; never a company (src/auth/data-classes.ts).
 */
export type MatchingViewName =
  | 'workProfile'
  | 'workProfileRead'
  | 'workProfileSaved'
  | 'matchSuggestions'
  | 'matchSuggestion'
  | 'matchDecisionList'
  | 'matchDecisionSaved'
  | 'matchDecision'
  | 'openingSuggestions'
  | 'openingSuggestion';

const matchingRow = (fields: string[]): ViewOf<string> => ({
  row: () => 'matching',
  fields: Object.fromEntries(fields.map((f) => [f, 'row'])),
});

export const matchingViews: ModuleViews<MatchingViewName> = {
  workProfile: matchingRow([
    'workFunctions',
    'industries',
    'interests',
    'supportLevel',
    'homePlace',
    'homeLatitude',
    'homeLongitude',
    'maxDistanceKm',
    'version',
    'updatedAt',
  ]),
  workProfileRead: { fields: { profile: { view: 'workProfile' } } },
  workProfileSaved: { fields: { profile: { view: 'workProfile' } } },
  matchSuggestions: { fields: { hasProfile: 'matching', suggestions: { view: 'matchSuggestion' } } },
  // The company's name and industry are the network's, but here they say how it fits this young person.
  matchSuggestion: matchingRow([
    'rank',
    'score',
    'companyId',
    'companyName',
    'industry',
    'openings',
    'reasons',
  ]),
  matchDecisionList: { fields: { decisions: { view: 'matchDecision' } } },
  matchDecisionSaved: { fields: { decision: { view: 'matchDecision' } } },
  matchDecision: matchingRow([
    'id',
    'companyId',
    'companyName',
    'openingId',
    'openingTitle',
    'suggestedRank',
    'score',
    'reason',
    'decidedBy',
    'decidedAt',
  ]),
  // The opening is the network's (class `companies`); each young person is presented by the
  // service through their own course's grant, so a reader sees only the courses they may see.
  openingSuggestions: {
    fields: { company: 'companies', opening: 'companies', suggestions: { presented: 'openingSuggestion' } },
  },
  openingSuggestion: {
    row: () => 'matching',
    fields: { rank: 'row', score: 'row', courseId: 'row', participantName: 'identity', reasons: 'row' },
  },
};
