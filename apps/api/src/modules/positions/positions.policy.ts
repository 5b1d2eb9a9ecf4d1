import { anySignedIn, organisationManager, type RouteGuard } from '../../lib/policy.ts';

export const positionGuards: Record<string, RouteGuard> = {
  'positions.list': anySignedIn,
  'positions.manage': organisationManager,
};
