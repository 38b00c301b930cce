// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import type { JSX, ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { EntityDashboardData } from '../../../ports/dashboard-reader';
import { ServicesProvider } from '../../providers/ServicesProvider';
import type { TabData, TabServices, TabStore } from '../../providers/tab-services';
import { prefetchDashboardData, useDashboardData } from './use-dashboard-data';

/** An entity without plans: the dashboard's answer is "no current plan" (a null model). */
const EMPTY: EntityDashboardData = {
  plans: {
    bundles: [],
    unattached: { strategicObjectives: [], objectives: [], actions: [], arrangements: [] },
    invalid: [],
  },
  measurements: { measurements: [], ratings: [], invalid: [] },
  settings: null,
};

/** Services whose store answers every dashboard read, and which count the reads it answered. */
function servicesCountingReads(): { services: TabServices; reads: () => number } {
  let reads = 0;
  const store = {
    loadEntityDashboard: () => {
      reads++;
      return Promise.resolve({ ok: true as const, value: EMPTY });
    },
  } as unknown as TabStore;
  // The dashboard reads the entity and its store only.
  const tab = { entityId: 'pz-demo', store } as unknown as TabData;
  const data = (): ReturnType<TabServices['data']> => Promise.resolve({ ok: true, value: tab });
  return { services: { data } as unknown as TabServices, reads: () => reads };
}

function Probe(): JSX.Element {
  const dashboard = useDashboardData();
  return (
    <p>
      {dashboard.status === 'ready' ? (dashboard.value === null ? 'no plan' : 'plan') : 'loading'}
    </p>
  );
}

function withServices(services: TabServices, children: ReactNode): JSX.Element {
  return <ServicesProvider services={services}>{children}</ServicesProvider>;
}

describe('useDashboardData', () => {
  it('takes over a load started before the page rendered instead of reading again', async () => {
    const { services, reads } = servicesCountingReads();
    prefetchDashboardData(services.data);

    render(withServices(services, <Probe />));

    expect(await screen.findByText('no plan')).toBeInTheDocument();
    expect(reads()).toBe(1);
  });

  it('reads afresh when the page opens again after the early load was taken', async () => {
    const { services, reads } = servicesCountingReads();
    prefetchDashboardData(services.data);
    const first = render(withServices(services, <Probe />));
    await screen.findByText('no plan');
    first.unmount();

    render(withServices(services, <Probe />));

    expect(await screen.findByText('no plan')).toBeInTheDocument();
    expect(reads()).toBe(2);
  });
});
