import { DETERMINE_PROMPTS } from './prompt-library.determine';
import { ENFORCE_PROMPTS } from './prompt-library.enforce';
import { GUIDE_PROMPTS } from './prompt-library.guide';
import { MONITOR_PROMPTS } from './prompt-library.monitor';
import type { DialoguePrompt } from './prompt.types';

/**
 * The app's own integrity-dialogue prompts: realistic situations from Belgian local and federal
 * police work, written for this project in Dutch, French, German and English, ten per IMF
 * function. None names a real person or gives legal advice beyond pointing to the deontological
 * code. Keys are stable: the posting history refers to them, so a prompt is retired by setting
 * it `inactive`, never by renaming or deleting it.
 */
export const BUILT_IN_PROMPTS: readonly DialoguePrompt[] = [
  ...DETERMINE_PROMPTS,
  ...GUIDE_PROMPTS,
  ...MONITOR_PROMPTS,
  ...ENFORCE_PROMPTS,
];
