import type { App } from '../platform/http.ts';
import type { RouteDeps } from '../platform/routes.ts';

export function journalRoutes(_app: App, _deps: RouteDeps) {
  // Routes land here.
}
