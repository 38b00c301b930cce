import {
  Badge,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useId, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../core/shared/result';
import type { RecordKind } from '../../../ports/store.types';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { useServices } from '../../providers/ServicesProvider';
import { useHistoryPageStyles } from './HistoryPage.styles';
import { useErrorText } from '../../data/useErrorText';
import { versionChanges, type FieldChange, type VersionChanges } from '../../../app/version-diff';

export type HistoryPageProps = {
  /** Which kind of record (one SharePoint list), from the route `history/:list/:id`. */
  readonly list: RecordKind;
  readonly itemId: string;
};

type HistoryState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'ready'; readonly versions: readonly VersionChanges[] };

/** Every saved version of one record: who changed which fields from what to what, and when. */
export function HistoryPage({ list, itemId }: HistoryPageProps): JSX.Element {
  const intl = useIntl();
  const styles = useHistoryPageStyles();
  const services = useServices();
  const errorText = useErrorText();
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    void (async (): Promise<HistoryState> => {
      const data = await services.data();
      if (!data.ok) return { kind: 'failed', error: data.error };
      const versions = await data.value.store.listVersions(list, itemId);
      if (!versions.ok) return { kind: 'failed', error: versions.error };
      return { kind: 'ready', versions: versionChanges(versions.value) };
    })().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [services, list, itemId]);

  return (
    <Page title={intl.formatMessage({ id: 'page.history.title' })}>
      <Text as="p">
        {intl.formatMessage({ id: 'history.subject' }, { kind: list, id: itemId })}
      </Text>
      {state.kind === 'loading' && <Spinner label={intl.formatMessage({ id: 'app.loading' })} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'history.loadFailed' })} {errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'ready' &&
        (state.versions.length === 0 ? (
          <EmptyState
            title={intl.formatMessage({ id: 'page.history.title' })}
            body={intl.formatMessage({ id: 'history.empty' })}
          />
        ) : (
          <ol className={styles.list}>
            {state.versions.map((entry) => (
              <VersionEntry key={entry.version.versionId} entry={entry} />
            ))}
          </ol>
        ))}
    </Page>
  );
}

function VersionEntry({ entry }: { readonly entry: VersionChanges }): JSX.Element {
  const intl = useIntl();
  const styles = useHistoryPageStyles();
  const headingId = useId();
  const { version, changes, origin } = entry;
  const label = intl.formatMessage({ id: 'history.version' }, { version: version.versionId });
  return (
    <li className={styles.version} aria-labelledby={headingId}>
      <div className={styles.header}>
        <Text as="h2" id={headingId} size={400} weight="semibold">
          {label}
        </Text>
        {origin === 'outside' && (
          <Badge
            appearance="tint"
            color="warning"
            title={intl.formatMessage({ id: 'history.outsideHint' })}
          >
            {intl.formatMessage({ id: 'history.outside' })}
          </Badge>
        )}
      </div>
      <Text as="p">
        {intl.formatMessage(
          { id: 'history.by' },
          {
            name:
              version.modifiedBy?.displayName ??
              intl.formatMessage({ id: 'history.unknownEditor' }),
            date:
              version.modifiedAt === null
                ? intl.formatMessage({ id: 'history.unknownDate' })
                : intl.formatDate(version.modifiedAt, { dateStyle: 'medium', timeStyle: 'short' }),
          },
        )}
      </Text>
      {changes.kind === 'first' && (
        <Text as="p">{intl.formatMessage({ id: 'history.created' })}</Text>
      )}
      {changes.kind === 'unknown' && (
        <Text as="p" className={styles.empty}>
          {intl.formatMessage({ id: 'history.noValues' })}
        </Text>
      )}
      {changes.kind === 'fields' &&
        (changes.fields.length === 0 ? (
          <Text as="p" className={styles.empty}>
            {intl.formatMessage({ id: 'history.noChanges' })}
          </Text>
        ) : (
          <ChangesTable
            caption={intl.formatMessage({ id: 'history.changes' }, { version: version.versionId })}
            fields={changes.fields}
          />
        ))}
    </li>
  );
}

function ChangesTable({
  caption,
  fields,
}: {
  readonly caption: string;
  readonly fields: readonly FieldChange[];
}): JSX.Element {
  const intl = useIntl();
  const styles = useHistoryPageStyles();
  const empty = intl.formatMessage({ id: 'history.emptyValue' });
  return (
    <Table aria-label={caption} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{intl.formatMessage({ id: 'history.field' })}</TableHeaderCell>
          <TableHeaderCell>{intl.formatMessage({ id: 'history.before' })}</TableHeaderCell>
          <TableHeaderCell>{intl.formatMessage({ id: 'history.after' })}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {fields.map((change) => (
          <TableRow key={change.field}>
            <TableCell>{change.field}</TableCell>
            <TableCell className={change.before === null ? styles.empty : undefined}>
              {change.before ?? empty}
            </TableCell>
            <TableCell className={change.after === null ? styles.empty : undefined}>
              {change.after ?? empty}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
