import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';

/*
 * Officer ratings (rules §7.3) are evidence for the officer and those who evaluate them: the officer
 * (their own, with the right of reply) and whoever sees the employee — the rater, the rater's superior,
 * unit admins of the subtree, agency admins and leaders (visibleEmployeesScope; anyone else gets 404).
 */
export const officerRatingGuards: Record<string, RouteGuard> = {
  'officerRatings.mine': (actor) => actor.employeeId !== null,
  'officerRatings.read': anySignedIn,
};
