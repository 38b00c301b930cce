import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useNavigation } from '../navigation/NavigationProvider';
import type { Route } from '../navigation/routes';
import { NotFoundPage } from './NotFoundPage';

// One chunk per screen: editors, the rating grid and charts load when their screen opens, and
// the first paint carries only the shell.
const HomePage = lazy(() =>
  import('../features/home/HomePage').then((module) => ({ default: module.HomePage })),
);
const PlanPage = lazy(() =>
  import('../features/plan/PlanPage').then((module) => ({ default: module.PlanPage })),
);
const ObjectivePage = lazy(() =>
  import('../features/plan/ObjectivePage').then((module) => ({ default: module.ObjectivePage })),
);
const MeasurementsPage = lazy(() =>
  import('../features/measurements/MeasurementsPage').then((module) => ({
    default: module.MeasurementsPage,
  })),
);
const MeasurementPage = lazy(() =>
  import('../features/measurements/MeasurementPage').then((module) => ({
    default: module.MeasurementPage,
  })),
);
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((module) => ({
    default: module.DashboardPage,
  })),
);
const HistoryPage = lazy(() =>
  import('../features/history/HistoryPage').then((module) => ({ default: module.HistoryPage })),
);
const MyActionsPage = lazy(() =>
  import('../features/my-actions/MyActionsPage').then((module) => ({
    default: module.MyActionsPage,
  })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/SettingsPage').then((module) => ({ default: module.SettingsPage })),
);

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
    case 'settings':
      return <SettingsPage />;
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
