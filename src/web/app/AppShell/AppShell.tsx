import { Spinner, Text } from '@fluentui/react-components';
import { Suspense, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../providers/SessionProvider';
import { LanguageSelect } from '../LanguageSelect/LanguageSelect';
import { MainNav } from '../MainNav/MainNav';
import { RouteOutlet } from '../RouteOutlet';
import { lazyChunk, loadSetupNotice, loadSignInPage } from '../screen-chunks';
import { SkipLink } from '../SkipLink/SkipLink';
import { UserBadge } from '../UserBadge/UserBadge';
import { useAppShellStyles } from './AppShell.styles';

export const MAIN_CONTENT_ID = 'main-content';

// Only local mode, and only before sign-in, needs the persona picker: keep it off the first load.
const SignInPage = lazyChunk(loadSignInPage, (module) => module.SignInPage);
// Shown only to a team whose lists are missing: its message bar stays off the first load too.
const SetupNotice = lazyChunk(loadSetupNotice, (module) => module.SetupNotice);

/**
 * The tab's frame: skip link, header (name, user, language), the sections and the main region.
 * Screens need a signed-in user; until then the main region holds the sign-in page.
 */
export function AppShell(): JSX.Element {
  const intl = useIntl();
  const styles = useAppShellStyles();
  const { state } = useSession();
  const signedIn = state.status === 'signed-in';

  return (
    <div className={styles.root}>
      <SkipLink targetId={MAIN_CONTENT_ID} />
      <header className={styles.header}>
        <Text as="p" size={400} weight="semibold" className={styles.brand}>
          {intl.formatMessage({ id: 'app.name' })}
        </Text>
        <div className={styles.actions}>
          <UserBadge />
          <LanguageSelect />
        </div>
      </header>
      {signedIn && <MainNav />}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={styles.main}>
        {signedIn ? (
          <>
            <Suspense fallback={null}>
              <SetupNotice />
            </Suspense>
            <RouteOutlet />
          </>
        ) : (
          <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'app.loading' })} />}>
            <SignInPage />
          </Suspense>
        )}
      </main>
    </div>
  );
}
