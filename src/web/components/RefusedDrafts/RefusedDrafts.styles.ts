import { makeStyles, tokens } from '@fluentui/react-components';

export const useRefusedDraftsStyles = makeStyles({
  list: {
    marginBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});
