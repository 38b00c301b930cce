import { makeStyles, tokens } from '@fluentui/react-components';

export const useSaveStatusStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    minHeight: tokens.lineHeightBase400,
  },
});
