import { anySignedIn, type RouteGuard } from '../../lib/policy.ts';

/*
 * Peer input (optional 360, rules §4). The rater asks peers of a person they rate for input on the
 * BerAKHLAK values; the subject and the rater see only counts and, from PEER_MIN_ANSWERS answers, the
 * aggregate. Who answered is known to nobody but each peer (their own pending list).
 */
export const peerInputGuards: Record<string, RouteGuard> = {
  /** One round, for its subject or their rater (others 404, checked in the service). */
  'peerInput.read': anySignedIn,
  /** Asks for input on someone they rate; leaders act for the head of region. */
  'peerInput.request': (actor) => actor.employeeId !== null || actor.roles.has('leader'),
  /** Is asked, and is the subject of rounds: every ASN. */
  'peerInput.answer': (actor) => actor.employeeId !== null,
};
