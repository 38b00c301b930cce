import { makeStyles, tokens } from '@fluentui/react-components';

export const useAccountSignInStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    maxWidth: '40rem',
  },
});
