import type { JSX, MouseEvent } from 'react';
import { useIntl } from 'react-intl';
import { useSkipLinkStyles } from './SkipLink.styles';

export type SkipLinkProps = {
  /** The id of the element to move focus to (the main landmark, with tabIndex -1). */
  readonly targetId: string;
};

/**
 * The first stop of the keyboard: jumps past the header and navigation. It moves focus itself
 * instead of following `#id`, because the URL hash holds the tab's route.
 */
export function SkipLink({ targetId }: SkipLinkProps): JSX.Element {
  const intl = useIntl();
  const styles = useSkipLinkStyles();
  const skip = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a href={`#${targetId}`} className={styles.link} onClick={skip}>
      {intl.formatMessage({ id: 'app.skipToContent' })}
    </a>
  );
}
