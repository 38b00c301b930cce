import { Spinner } from '@fluentui/react-components';
import { Suspense, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useNavigation } from '../navigation/NavigationProvider';
import type { Route } from '../navigation/routes';
import { NotFoundPage } from './NotFoundPage';
import { lazyChunk, SCREEN_CHUNKS } from './screen-chunks';

// One chunk per screen: editors, the rating grid and charts load when their screen opens, and
// the first paint carries only the shell. The loaders are shared with main.tsx, which starts the
// first screen's chunk while the tab is still starting (screen-chunks.ts).
const HomePage = lazyChunk(SCREEN_CHUNKS.home, (m) => m.HomePage);
const PlanPage = lazyChunk(SCREEN_CHUNKS.plan, (m) => m.PlanPage);
const ObjectivePage = lazyChunk(SCREEN_CHUNKS['plan-objective'], (m) => m.ObjectivePage);
const MeasurementsPage = lazyChunk(SCREEN_CHUNKS.measurements, (m) => m.MeasurementsPage);
const MeasurementPage = lazyChunk(SCREEN_CHUNKS.measurement, (m) => m.MeasurementPage);
const DashboardPage = lazyChunk(SCREEN_CHUNKS.dashboard, (m) => m.DashboardPage);
const HistoryPage = lazyChunk(SCREEN_CHUNKS.history, (m) => m.HistoryPage);
const MyActionsPage = lazyChunk(SCREEN_CHUNKS['my-actions'], (m) => m.MyActionsPage);
const ExportsPage = lazyChunk(SCREEN_CHUNKS.exports, (m) => m.ExportsPage);
const SettingsPage = lazyChunk(SCREEN_CHUNKS.settings, (m) => m.SettingsPage);
const SetupPage = lazyChunk(SCREEN_CHUNKS.setup, (m) => m.SetupPage);

function screenFor(route: Route): JSX.Element {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'plan':
      return <PlanPage />;
    case 'plan-objective':
      return <ObjectivePage objectiveId={route.objectiveId} />;
    case 'measurements':
      return <MeasurementsPage />;
    case 'measurement':
      return <MeasurementPage measurementId={route.measurementId} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'history':
      return <HistoryPage list={route.list} itemId={route.itemId} />;
    case 'my-actions':
      return <MyActionsPage />;
    case 'exports':
      return <ExportsPage />;
    case 'settings':
      return <SettingsPage />;
    case 'setup':
      return <SetupPage />;
  }
}

/** The screen for the current route. */
export function RouteOutlet(): JSX.Element {
  const intl = useIntl();
  const { match } = useNavigation();
  if (match.kind === 'not-found') return <NotFoundPage path={match.path} />;
  return (
    <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'app.loading' })} />}>
      {screenFor(match.route)}
    </Suspense>
  );
}
