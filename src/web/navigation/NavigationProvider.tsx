import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useSyncExternalStore,
  type JSX,
  type ReactNode,
} from 'react';
import { currentPath, matchRoute, routeHref, type Route, type RouteMatch } from './routes';

export type Navigation = {
  /** Where the tab is now. */
  readonly match: RouteMatch;
  /** Goes to a route; the browser's back button comes back. */
  readonly navigate: (route: Route) => void;
};

const NavigationContext = createContext<Navigation | null>(null);

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
  };
}

function readHash(): string {
  return window.location.hash;
}

export type NavigationProviderProps = {
  /** The host's deep link, used while the URL has no route hash of its own. */
  readonly subPageId: string | null;
  readonly children: ReactNode;
};

/**
 * Keeps the route in the URL hash: Teams reloads a tab at its content URL, and the hash survives
 * inside the tab's frame where path changes would not.
 */
export function NavigationProvider({ subPageId, children }: NavigationProviderProps): JSX.Element {
  const hash = useSyncExternalStore(subscribe, readHash);
  const navigate = useCallback((route: Route): void => {
    window.location.hash = routeHref(route);
  }, []);
  const value = useMemo(
    () => ({ match: matchRoute(currentPath(hash, subPageId)), navigate }),
    [hash, subPageId, navigate],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (navigation === null) throw new Error('useNavigation needs a NavigationProvider above it.');
  return navigation;
}
