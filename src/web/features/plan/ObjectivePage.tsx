import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

export type ObjectivePageProps = {
  /** The operational objective's id, from the route `plan/objective/:id`. */
  readonly objectiveId: string;
};

/** One operational objective with its indicator, actions and owners. */
export function ObjectivePage(_props: ObjectivePageProps): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'page.objective.title' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.objective' })}
      />
    </Page>
  );
}
