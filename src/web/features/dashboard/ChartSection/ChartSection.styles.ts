import { makeStyles, tokens } from '@fluentui/react-components';

export const useChartSectionStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    minWidth: 0,
  },
  heading: { margin: 0 },
  chart: { minHeight: '12rem' },
  note: { color: tokens.colorNeutralForeground2 },
});
