import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { Fragment, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useErrorText } from '../../data/useErrorText';
import type { InvalidRecord } from '../../../ports/store.types';
import { useInvalidRecordNoticeStyles } from './InvalidRecordNotice.styles';

export type InvalidRecordNoticeProps = {
  readonly record: InvalidRecord;
};

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A hand-edited item that does not fit the model: flagged with the translated reason and the raw
 * values as stored, so it is seen and corrected rather than silently dropped.
 */
export function InvalidRecordNotice({ record }: InvalidRecordNoticeProps): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const styles = useInvalidRecordNoticeStyles();
  return (
    <MessageBar intent="warning" layout="multiline" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>{intl.formatMessage({ id: 'invalidRecord.title' })}</MessageBarTitle>
        <Text as="p">
          {errorText(
            { code: 'STORE.INVALID_RECORD' },
            {
              kind: record.kind,
              id: record.id,
              reason: record.reason,
            },
          )}
        </Text>
        <Text as="p" weight="semibold">
          {intl.formatMessage({ id: 'invalidRecord.raw' })}
        </Text>
        <dl className={styles.raw}>
          {Object.entries(record.raw).map(([name, value]) => (
            <Fragment key={name}>
              <dt className={styles.term}>{name}</dt>
              <dd className={styles.value}>{show(value)}</dd>
            </Fragment>
          ))}
        </dl>
      </MessageBarBody>
    </MessageBar>
  );
}
