import { makeStyles, tokens } from '@fluentui/react-components';

export const useEditFieldStyles = makeStyles({
  read: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  value: {
    whiteSpace: 'pre-wrap',
  },
});
