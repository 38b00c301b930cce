import { makeStyles, tokens } from '@fluentui/react-components';

export const useReadOnlyNoticeStyles = makeStyles({
  root: {
    maxWidth: '80ch',
    marginBottom: tokens.spacingVerticalS,
  },
});
