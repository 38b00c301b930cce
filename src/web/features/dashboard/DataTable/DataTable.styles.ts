import { makeStyles, tokens } from '@fluentui/react-components';

export const useDataTableStyles = makeStyles({
  // Small tables wrap their text instead of scrolling, so they need no focusable scroll box.
  scroll: { maxWidth: '100%' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  rowHeader: { fontWeight: tokens.fontWeightRegular },
  numeric: { fontVariantNumeric: 'tabular-nums' },
});
