import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { messagesEn } from '../i18n/messages.en';

/** One component with English messages and the Teams light theme, for component-level tests. */
export function renderWithIntl(ui: ReactElement): RenderResult {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <IntlProvider locale="en-BE" messages={messagesEn} timeZone="Europe/Brussels">
        {ui}
      </IntlProvider>
    </FluentProvider>,
  );
}
