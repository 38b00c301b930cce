import { makeStyles, tokens } from '@fluentui/react-components';

export const useUserBadgeStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});
