import { useMediaQuery } from '@mantine/hooks';

/** Below Mantine's `sm` breakpoint (48em ≈ 768px); read synchronously so nothing flickers. */
export function useIsPhone(): boolean {
  return useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
}
