import {
  AuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
} from '@azure/msal-browser';

/** What a failed MSAL call means for the tab. */
export type MsalFailureKind =
  'interaction-required' | 'cancelled' | 'popup-blocked' | 'network' | 'other';

export type MsalFailure = {
  readonly kind: MsalFailureKind;
  /** MSAL's stable error code (never its message, which may echo request details). */
  readonly code: string;
};

const POPUP_BLOCKED = new Set<string>([
  BrowserAuthErrorCodes.popupWindowError,
  BrowserAuthErrorCodes.emptyWindowError,
  BrowserAuthErrorCodes.blockNestedPopups,
]);

/**
 * Classifies an MSAL error. `InteractionRequiredAuthError` (consent, MFA, expired session) and
 * "no account" are the only failures a popup can fix; a closed popup is the person's choice.
 */
export function classifyMsalError(error: unknown): MsalFailure {
  if (error instanceof InteractionRequiredAuthError) {
    return { kind: 'interaction-required', code: error.errorCode || 'interaction_required' };
  }
  if (error instanceof AuthError) {
    const code = error.errorCode;
    if (code === BrowserAuthErrorCodes.noAccountError)
      return { kind: 'interaction-required', code };
    if (code === BrowserAuthErrorCodes.userCancelled) return { kind: 'cancelled', code };
    if (POPUP_BLOCKED.has(code)) return { kind: 'popup-blocked', code };
    if (code === BrowserAuthErrorCodes.noNetworkConnectivity) return { kind: 'network', code };
    return { kind: 'other', code: code || 'unknown' };
  }
  return { kind: 'other', code: 'unknown' };
}
