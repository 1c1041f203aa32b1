import type { ModuleViews } from '../auth/view-types.ts';

/** The views of src/internships/ (merged into the one view policy, src/auth/view-policy.ts). */
export type InternshipViewName = never;

export const internshipViews: ModuleViews<InternshipViewName> = {};
