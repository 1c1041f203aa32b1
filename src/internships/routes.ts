import type { App } from '../platform/app-types.ts';
import type { RouteDeps } from '../route-deps.ts';

export function internshipRoutes(_app: App, _deps: RouteDeps) {}
