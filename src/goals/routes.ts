import type { App } from '../platform/http.ts';
import type { RouteDeps } from '../platform/routes.ts';

export function goalsRoutes(_app: App, _deps: RouteDeps) {
  // Routes land here.
}
