import { nestedAppAuth } from '@microsoft/teams-js';

/**
 * Whether the host recommends MSAL's nested app authentication channel (teams-js 2.58). Throws
 * before `app.initialize()` completed, i.e. outside a Teams host: `chooseMsalFlow` reads that as
 * "standard flow". teams-js is already part of the tab's first load (the host adapter), so this
 * static import costs nothing, and it keeps teams-js' start-up fetch at module load.
 */
export function hostRecommendsNaa(): boolean {
  return nestedAppAuth.isNAAChannelRecommended();
}
