import type { Work } from './auth/course-access.ts';
import type { CprCipher } from './participants/cpr.ts';
import type { DatabaseHandle } from './platform/db.ts';
import type { Mailer } from './platform/mail.ts';

/** What route modules are given: how to run work, and the few process-wide services. */
export interface RouteDeps {
  /** Course work bound to the route's grant, or the actor's own work; one transaction each. */
  work: Work;
  /** For the routes that are not course work: health and sign-in. */
  database: DatabaseHandle;
  secureCookies: boolean;
  cpr: CprCipher;
  mailer: Mailer;
  /** The address users reach the app at: links in mail and calendar feeds. */
  publicUrl: string;
}
