import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { useReadOnlyNoticeStyles } from './ReadOnlyNotice.styles';

export type ReadOnlyNoticeProps = {
  /** Why nothing can be edited: the person's role, or an archived record. */
  readonly reason: 'member' | 'aig-reviewer' | 'archived';
};

/** Says up front that the screen is read only and why, instead of offering controls that fail. */
export function ReadOnlyNotice({ reason }: ReadOnlyNoticeProps): JSX.Element {
  const intl = useIntl();
  const styles = useReadOnlyNoticeStyles();
  return (
    <MessageBar intent="info" className={styles.root}>
      <MessageBarBody>
        <MessageBarTitle>{intl.formatMessage({ id: 'readOnly.title' })}</MessageBarTitle>
        {intl.formatMessage({ id: `readOnly.${reason}` })}
      </MessageBarBody>
    </MessageBar>
  );
}
