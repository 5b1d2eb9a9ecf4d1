/**
 * A router of a few lines for the citizens' pages. React Router (tree-shaken) alone adds 13 kB gzip to
 * React's 67 kB: more than the budget of the whole entry (< 80 kB). Six routes with path parameters and
 * links need no more than this.
 */
import { Fragment, type MouseEvent, type ReactNode, useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

const currentUrl = () => window.location.pathname + window.location.search;

/** The current path and query (re-renders on navigation). */
export function useUrl(): { pathname: string; search: URLSearchParams } {
  const url = useSyncExternalStore(subscribe, currentUrl);
  const q = url.indexOf('?');
  return {
    pathname: q < 0 ? url : url.slice(0, q),
    search: new URLSearchParams(q < 0 ? '' : url.slice(q)),
  };
}

/** Goes to another page of this entry without reloading. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  for (const listener of listeners) listener();
  window.scrollTo(0, 0);
}

/** A link inside the citizens' pages (a plain link on a modified click: new tab, etc.). */
export function Link({ to, className, children }: { to: string; className?: string; children: ReactNode }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}

/** The parameters of `pattern` ('/survei/:id') in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i] as string;
    const h = have[i] as string;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(h);
      } catch {
        return null;
      }
    } else if (w !== h) return null;
  }
  return params;
}

export interface RouteDef {
  path: string;
  render: (params: Record<string, string>, search: URLSearchParams) => ReactNode;
}

/** Renders the first route whose path matches, else `fallback`. */
export function Router({ routes, fallback }: { routes: readonly RouteDef[]; fallback: ReactNode }) {
  const { pathname, search } = useUrl();
  for (const route of routes) {
    const params = matchPath(route.path, pathname);
    // keyed by address: another ticket, code or unit is a fresh page, with fresh state
    if (params) return <Fragment key={`${pathname}?${search}`}>{route.render(params, search)}</Fragment>;
  }
  return <>{fallback}</>;
}
