import type { Me } from '@sigap/contracts';
import { createContext } from 'react';

/** The signed-in user, provided by the session guard to everything below it. */
export const SessionContext = createContext<Me | null>(null);
