import type { JSX } from 'react';
import { TabConfigPage } from '../features/tab-config/TabConfigPage';
import { NavigationProvider } from '../navigation/NavigationProvider';
import { I18nProvider } from '../providers/I18nProvider';
import { ServicesProvider } from '../providers/ServicesProvider';
import { SessionProvider } from '../providers/SessionProvider';
import type { TabServices } from '../providers/tab-services';
import { ThemeProvider } from '../providers/ThemeProvider';
import { AppShell } from './AppShell/AppShell';

export type AppProps = { readonly services: TabServices };

/** The tab: providers around either the configuration page (Teams' "settings" frame) or the shell. */
export function App({ services }: AppProps): JSX.Element {
  const { frameContext, subPageId } = services.hostContext;
  return (
    <ServicesProvider services={services}>
      <ThemeProvider>
        <I18nProvider>
          {frameContext === 'settings' ? (
            <TabConfigPage />
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
