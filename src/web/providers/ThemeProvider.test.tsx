// @vitest-environment happy-dom
import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
} from '@fluentui/react-components';
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderTab } from '../test-support/render-tab';

/**
 * The value of a Fluent token for the tab's content. FluentProvider writes its theme as CSS
 * variables into a style rule named after the provider element (happy-dom does not resolve
 * custom properties in getComputedStyle, so the rule is read directly).
 */
function tokenValue(token: keyof typeof teamsLightTheme): string {
  const provider = screen.getByRole('main').closest('.fui-FluentProvider');
  const ruleName = [...(provider?.classList ?? [])].find(
    (name) => name.startsWith('fui-FluentProvider') && name !== 'fui-FluentProvider',
  );
  const style = document.querySelector<HTMLStyleElement>(`style[id="${ruleName ?? ''}"]`);
  const rule = style?.sheet?.cssRules[0]?.cssText ?? '';
  return new RegExp(`--${token}: ([^;]+);`).exec(rule)?.[1]?.trim() ?? '';
}

describe('ThemeProvider', () => {
  it('starts with the host theme and re-renders with the dark tokens when Teams switches', async () => {
    const { host } = renderTab({ context: { theme: 'default' } });
    await screen.findByRole('main');
    expect(tokenValue('colorNeutralBackground1')).toBe(teamsLightTheme.colorNeutralBackground1);

    act(() => {
      host.emitTheme('dark');
    });

    expect(tokenValue('colorNeutralBackground1')).toBe(teamsDarkTheme.colorNeutralBackground1);
    expect(tokenValue('colorNeutralForeground1')).toBe(teamsDarkTheme.colorNeutralForeground1);
  });

  it('uses the high-contrast theme for Teams "contrast"', async () => {
    renderTab({ context: { theme: 'contrast' } });
    await screen.findByRole('main');

    expect(tokenValue('colorNeutralBackground1')).toBe(
      teamsHighContrastTheme.colorNeutralBackground1,
    );
  });
});
