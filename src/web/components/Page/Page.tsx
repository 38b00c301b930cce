import { Text } from '@fluentui/react-components';
import { useLayoutEffect, type JSX, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { usePageStyles } from './Page.styles';

export type PageProps = {
  readonly children: ReactNode;
  /** The page's heading (the one `h1`), also shown in the browser's title. */
  readonly title: string;
};

/** The frame of every screen: its heading, and the document title that names it. */
export function Page({ children, title }: PageProps): JSX.Element {
  const styles = usePageStyles();
  const intl = useIntl();
  const documentTitle = intl.formatMessage({ id: 'app.documentTitle' }, { page: title });
  // Layout effect: the title changes in the same commit as the heading, so a screen reader or a
  // test that finds the new heading never reads the previous screen's title.
  useLayoutEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <div className={styles.root}>
      <Text as="h1" size={600} weight="semibold" className={styles.title}>
        {title}
      </Text>
      {children}
    </div>
  );
}
