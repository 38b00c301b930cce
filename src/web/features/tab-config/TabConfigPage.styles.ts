import { makeStyles, tokens } from '@fluentui/react-components';

export const useTabConfigPageStyles = makeStyles({
  form: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))',
    gap: tokens.spacingVerticalL,
    maxWidth: '48rem',
  },
});
