import type { ModuleViews } from '../auth/view-types.ts';

/** The views of src/job/ (merged into the one view policy, src/auth/view-policy.ts). */
export type JobViewName = never;

export const jobViews: ModuleViews<JobViewName> = {};
