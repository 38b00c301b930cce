import { makeStyles, tokens } from '@fluentui/react-components';

export const useArchivedDraftsStyles = makeStyles({
  list: {
    marginBlock: tokens.spacingVerticalS,
    paddingInlineStart: tokens.spacingHorizontalXXL,
  },
});
