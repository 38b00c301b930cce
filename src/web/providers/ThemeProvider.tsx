import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState, type JSX, type ReactNode } from 'react';
import type { HostTheme } from '../../ports/host-context';
import { useServices } from './ServicesProvider';
import { useGlobalStyles, useThemeStyles } from './ThemeProvider.styles';

export const FLUENT_THEMES: Readonly<Record<HostTheme, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export type ThemeProviderProps = { readonly children: ReactNode };

/** Fluent's Teams theme for the host's theme, following the host when the user switches. */
export function ThemeProvider({ children }: ThemeProviderProps): JSX.Element {
  const { host, hostContext } = useServices();
  const [theme, setTheme] = useState<HostTheme>(hostContext.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  useGlobalStyles();
  const styles = useThemeStyles();
  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.root} data-theme={theme}>
      {children}
    </FluentProvider>
  );
}
