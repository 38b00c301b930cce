import { Link } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../components/EmptyState/EmptyState';
import { Page } from '../components/Page/Page';
import { routeHref } from '../navigation/routes';

export type NotFoundPageProps = { readonly path: string };

/** An address (hash or Teams deep link) that names no page of the tab. */
export function NotFoundPage({ path }: NotFoundPageProps): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'notFound.title' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'notFound.title' })}
        body={intl.formatMessage({ id: 'notFound.body' }, { path })}
        action={
          <Link href={routeHref({ name: 'home' })}>
            {intl.formatMessage({ id: 'notFound.action' })}
          </Link>
        }
      />
    </Page>
  );
}
