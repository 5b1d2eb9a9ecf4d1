import { useEffect } from 'react';

/** Sets the document title to "<title> · Sigap". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Sigap` : 'Sigap';
  }, [title]);
}
