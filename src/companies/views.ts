import type { ModuleViews } from '../auth/view-types.ts';

/** The views of src/companies/ (merged into the one view policy, src/auth/view-policy.ts). */
export type CompanyViewName = never;

export const companyViews: ModuleViews<CompanyViewName> = {};
