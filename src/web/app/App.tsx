import { Spinner } from '@fluentui/react-components';
import { Suspense, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { NavigationProvider } from '../navigation/NavigationProvider';
import { I18nProvider } from '../providers/I18nProvider';
import { ServicesProvider } from '../providers/ServicesProvider';
import { SessionProvider } from '../providers/SessionProvider';
import type { TabServices } from '../providers/tab-services';
import { ThemeProvider } from '../providers/ThemeProvider';
import { AppShell } from './AppShell/AppShell';
import { lazyChunk, loadTabConfigPage } from './screen-chunks';

// Teams shows the configuration page only while a tab is added or edited: keep it (and the
// inputs it uses) off the content page's first load.
const TabConfigPage = lazyChunk(loadTabConfigPage, (module) => module.TabConfigPage);

function ConfigFrame(): JSX.Element {
  const intl = useIntl();
  return (
    <Suspense fallback={<Spinner label={intl.formatMessage({ id: 'app.loading' })} />}>
      <TabConfigPage />
    </Suspense>
  );
}

export type AppProps = { readonly services: TabServices };

/** The tab: providers around either the configuration page (Teams' "settings" frame) or the shell. */
export function App({ services }: AppProps): JSX.Element {
  const { frameContext, subPageId } = services.hostContext;
  return (
    <ServicesProvider services={services}>
      <ThemeProvider>
        <I18nProvider>
          {frameContext === 'settings' ? (
            <ConfigFrame />
          ) : (
            <SessionProvider>
              <NavigationProvider subPageId={subPageId}>
                <AppShell />
              </NavigationProvider>
            </SessionProvider>
          )}
        </I18nProvider>
      </ThemeProvider>
    </ServicesProvider>
  );
}
