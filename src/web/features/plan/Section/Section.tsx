import { Text } from '@fluentui/react-components';
import { useId, type JSX, type ReactNode } from 'react';
import { usePlanWorkspaceStyles } from '../PlanWorkspace.styles';

/** A section of the model plan: a region named by its heading. */
export function Section({
  children,
  title,
}: {
  readonly children: ReactNode;
  readonly title: string;
}): JSX.Element {
  const styles = usePlanWorkspaceStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <Text as="h2" id={id} size={500} weight="semibold" className={styles.heading}>
        {title}
      </Text>
      {children}
    </section>
  );
}
