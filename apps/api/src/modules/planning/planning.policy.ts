import { agencyAdmin, anySignedIn, type RouteGuard } from '../../lib/policy.ts';

export const planningGuards: Record<string, RouteGuard> = {
  'planning.read': anySignedIn,
  'planning.manage': agencyAdmin,
};
