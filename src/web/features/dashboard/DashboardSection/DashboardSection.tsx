import { Text } from '@fluentui/react-components';
import { useId, type JSX, type ReactNode } from 'react';
import { useDashboardSectionStyles } from './DashboardSection.styles';

export type DashboardSectionProps = { readonly heading: string; readonly children: ReactNode };

/** One card of the dashboard: a region named by its heading. */
export function DashboardSection({ heading, children }: DashboardSectionProps): JSX.Element {
  const styles = useDashboardSectionStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h2" id={headingId} size={500} weight="semibold" className={styles.heading}>
        {heading}
      </Text>
      {children}
    </section>
  );
}
