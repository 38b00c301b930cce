import { Text } from '@fluentui/react-components';
import { useId, type JSX, type ReactNode } from 'react';
import { useEmptyStateStyles } from './EmptyState.styles';

export type EmptyStateProps = {
  /** Optional button or link, e.g. "Go to Home". */
  readonly action?: ReactNode;
  readonly body: string;
  readonly title: string;
};

/** A titled note where content will be, or cannot be: "coming in this version", "not found". */
export function EmptyState({ action, body, title }: EmptyStateProps): JSX.Element {
  const styles = useEmptyStateStyles();
  const headingId = useId();
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      <Text as="p">{body}</Text>
      {action}
    </section>
  );
}
