import { agencyAdmin, anySignedIn, type RouteGuard } from '../../lib/policy.ts';

export const authGuards: Record<string, RouteGuard> = {
  'session.self': anySignedIn,
  'users.resetPassword': agencyAdmin,
};
