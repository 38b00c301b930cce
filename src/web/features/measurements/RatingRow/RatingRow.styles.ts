import { makeStyles, tokens } from '@fluentui/react-components';

export const useRatingRowStyles = makeStyles({
  root: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    fontWeight: tokens.fontWeightSemibold,
    paddingInline: tokens.spacingHorizontalXS,
  },
  wide: {
    gridColumn: '1 / -1',
  },
  footer: {
    gridColumn: '1 / -1',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
  },
  value: {
    color: tokens.colorNeutralForeground1,
  },
  unrated: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
});
