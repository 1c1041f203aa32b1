import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';

export function matchingRoutes(_app: App, _deps: RouteDeps) {}
