import { makeStyles, tokens } from '@fluentui/react-components';

// Level colours run red → green through Fluent's palette tokens, which the light, dark and
// high-contrast themes each redefine; every cell also spells out its level, so colour is never
// the only carrier of meaning (WCAG 1.4.1).
export const useMaturityHeatmapStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    maxWidth: '100%',
  },
  table: {
    borderCollapse: 'collapse',
    minWidth: '40rem',
  },
  caption: {
    textAlign: 'start',
    paddingBottom: tokens.spacingVerticalS,
    color: tokens.colorNeutralForeground2,
  },
  groupHeader: {
    textAlign: 'start',
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  rowHeader: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
  },
  columnHeader: {
    textAlign: 'start',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    verticalAlign: 'bottom',
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
  },
  level1: { backgroundColor: tokens.colorPaletteRedBackground2 },
  level2: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  level3: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  level4: { backgroundColor: tokens.colorPaletteLightGreenBackground2 },
  level5: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  unrated: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    fontStyle: 'italic',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    listStyleType: 'none',
    padding: 0,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  legendItem: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
  },
});
