import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useMemo, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useEntityDashboard } from '../../../data/useEntityDashboard';
import { useErrorText } from '../../../data/useErrorText';
import { useServices } from '../../../providers/ServicesProvider';
import { homeSummary } from '../home-summary';
import { PlanSummary } from '../PlanSummary/PlanSummary';

/** The summary from the one-call dashboard load, which the other screens share the cost of. */
export function HomeSummarySection(): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const { now } = useServices();
  const dashboard = useEntityDashboard();
  const summary = useMemo(() => {
    if (dashboard.status !== 'ready') return null;
    const { currentPlan, measurements, settings } = dashboard.value;
    return homeSummary(
      {
        plan: currentPlan?.plan.value ?? null,
        objectives: currentPlan?.objectives.map((o) => o.value) ?? [],
        actions: currentPlan?.actions.map((a) => a.value) ?? [],
        measurements: measurements.map((m) => m.value),
        settings: settings?.value ?? null,
      },
      now(),
    );
  }, [dashboard, now]);
  if (dashboard.status === 'loading') {
    return <Spinner label={intl.formatMessage({ id: 'app.loading' })} />;
  }
  if (dashboard.status === 'error' || summary === null) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>{intl.formatMessage({ id: 'data.error.title' })}</MessageBarTitle>
          {dashboard.status === 'error' ? errorText(dashboard.error) : null}
        </MessageBarBody>
        <Button onClick={dashboard.reload}>{intl.formatMessage({ id: 'data.retry' })}</Button>
      </MessageBar>
    );
  }
  return <PlanSummary summary={summary} />;
}
