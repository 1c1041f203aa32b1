import type { ModuleViews } from '../auth/view-types.ts';

/** The views of src/matching/ (merged into the one view policy, src/auth/view-policy.ts). */
export type MatchingViewName = never;

export const matchingViews: ModuleViews<MatchingViewName> = {};
