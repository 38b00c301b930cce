import { makeStyles, tokens } from '@fluentui/react-components';

export const useLockedDraftsStyles = makeStyles({
  list: {
    marginBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});
