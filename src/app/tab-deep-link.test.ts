import { describe, expect, it } from 'vitest';
import { tabDeepLink } from './tab-deep-link';

describe('tabDeepLink', () => {
  it('links to the channel tab with the channel in the context', () => {
    const link = tabDeepLink('app-1', {
      reminderChannel: { teamId: 'g', channelId: '19:abc@thread.tacv2', channelName: 'General' },
    });
    expect(link).toBe(
      'https://teams.microsoft.com/l/entity/app-1/integrity-dashboard?context=%7B%22channelId%22%3A%2219%3Aabc%40thread.tacv2%22%7D',
    );
    expect(tabDeepLink('app-1', { reminderChannel: null })).toMatch(/context=%7B%7D$/);
  });
});
