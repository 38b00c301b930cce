import { makeStyles, tokens } from '@fluentui/react-components';

export const useObjectivesProgressStyles = makeStyles({
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    minWidth: '8rem',
  },
});
