import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

// The tab fills the host's frame; the page itself has no margin of its own.
export const useGlobalStyles = makeStaticStyles({
  'html, body, #root': { height: '100%', margin: 0 },
});

export const useThemeStyles = makeStyles({
  root: {
    minHeight: '100%',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
});
