import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * Series colours from Fluent's palette tokens (CSS variables each theme redefines), so the charts
 * follow light, dark and high contrast like the rest of the tab.
 */
export const SERIES_COLOURS = [
  tokens.colorPaletteBlueBorderActive,
  tokens.colorPaletteMarigoldBorderActive,
  tokens.colorPaletteGrapeBorderActive,
  tokens.colorPaletteTealBorderActive,
] as const;

export const useDashboardChartsStyles = makeStyles({
  root: {
    maxWidth: '100%',
    // The chart is a visual copy of the table beside it: clip it rather than scroll it.
    overflowX: 'hidden',
    color: tokens.colorNeutralForeground1,
  },
});
