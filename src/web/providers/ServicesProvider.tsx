import { createContext, useContext, type JSX, type ReactNode } from 'react';
import type { TabServices } from './tab-services';

const ServicesContext = createContext<TabServices | null>(null);

export type ServicesProviderProps = {
  readonly services: TabServices;
  readonly children: ReactNode;
};

export function ServicesProvider({ services, children }: ServicesProviderProps): JSX.Element {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The services the composition root injected. */
export function useServices(): TabServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices needs a ServicesProvider above it.');
  return services;
}
