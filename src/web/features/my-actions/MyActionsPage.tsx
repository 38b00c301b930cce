import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

/** The plan actions the signed-in person owns. */
export function MyActionsPage(): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.my-actions' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.my-actions' })}
      />
    </Page>
  );
}
