import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';

/** Everyone has an inbox; the service only ever touches the actor's own notifications. */
export const notificationGuards: Record<string, RouteGuard> = {
  'notifications.own': anySignedIn,
};
