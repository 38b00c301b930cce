import { makeStyles, tokens } from '@fluentui/react-components';

export const useMainNavStyles = makeStyles({
  nav: {
    // Narrow Teams panes (mobile, side-by-side) scroll the tabs instead of clipping them.
    overflowX: 'auto',
    paddingInline: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});
