import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { RecordKind } from '../../../ports/store.types';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

export type HistoryPageProps = {
  /** Which kind of record (one SharePoint list), from the route `history/:list/:id`. */
  readonly list: RecordKind;
  readonly itemId: string;
};

/** Every saved version of one record: who changed what, and when. */
export function HistoryPage(_props: HistoryPageProps): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'page.history.title' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.history' })}
      />
    </Page>
  );
}
