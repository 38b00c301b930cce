import type { DomainError, Result } from '../../core/shared/result';
import type { EntityDashboardReader } from '../../ports/dashboard-reader';
import type { EvidenceStore } from '../../ports/evidence-store';
import type { HostContext, HostPort } from '../../ports/host-context';
import type { ItemHistory } from '../../ports/item-history';
import type { ListsReader } from '../../ports/lists-reader';
import type { ListProvisioner } from '../../ports/list-provisioner';
import type { TeamSetup } from '../../ports/team-setup';
import type { MeasurementStore } from '../../ports/measurement-store';
import type { PlanStore } from '../../ports/plan-store';
import type { RecordSealer } from '../../ports/record-sealer';
import type { SettingsStore } from '../../ports/settings-store';

/**
 * Local mode: the tab is served by the local Microsoft 365 emulator and signs in as a demo
 * persona. Tenant mode: Microsoft 365 and MSAL nested app authentication.
 */
export type TabMode = 'local' | 'tenant';

/** The local emulator's demo personas, one per role of the product. */
export const PERSONAS = ['commander', 'integrity-officer', 'member', 'aig-reviewer'] as const;
export type PersonaId = (typeof PERSONAS)[number];

/** The person using the tab, as the header and Home show them. */
export type SignedInUser = {
  readonly displayName: string;
  readonly email: string | null;
  /** The demo persona in local mode; null when signed in with a real account. */
  readonly persona: PersonaId | null;
};

export type SignInErrorCode =
  | 'SIGN_IN.UNREACHABLE'
  | 'SIGN_IN.REJECTED'
  | 'SIGN_IN.INVALID_RESPONSE'
  // Tenant mode (MSAL): a click is needed, the window was closed, or the browser blocked it.
  | 'SIGN_IN.INTERACTION_REQUIRED'
  | 'SIGN_IN.CANCELLED'
  | 'SIGN_IN.POPUP_BLOCKED';
export type SignInError = DomainError<SignInErrorCode>;

/** Local mode: pick a persona, get the emulator's token for it (kept by the token provider). */
export type PersonaSignIn = {
  readonly kind: 'persona';
  readonly personas: readonly PersonaId[];
  /**
   * The host's silent sign-in, as the persona whose e-mail is the Teams context's `loginHint` (the
   * local Teams host's chosen user); null in a plain browser. One attempt per page: every call
   * returns it, so the composition root can start it before React renders and the session
   * provider takes it over.
   */
  readonly fromHost: (() => Promise<Result<SignedInUser, SignInError>>) | null;
  signIn(persona: PersonaId): Promise<Result<SignedInUser, SignInError>>;
  signOut(): void;
};

/**
 * How the tab signs people in. Tenant mode's MSAL nested app authentication is not built yet: it
 * arrives as a new member of this union (e.g. `{ kind: 'host-account'; … }`), and until then the
 * tab says so instead of pretending.
 */
export type SignIn = PersonaSignIn | AccountSignIn | { readonly kind: 'not-built' };

/**
 * Tenant mode: the person's Microsoft 365 account through MSAL (nested app authentication in
 * Teams, a popup elsewhere). Silent first when the tab starts; `signIn` opens a window and must
 * be called from a click.
 */
export type AccountSignIn = {
  readonly kind: 'account';
  signInSilently(): Promise<Result<SignedInUser, SignInError>>;
  signIn(): Promise<Result<SignedInUser, SignInError>>;
  signOut(): void;
};

/**
 * Everything the tab's screens may use, built once by the composition root (src/web/main.tsx,
 * src/web/composition/create-services.ts). Feature screens get use-cases here, never adapters:
 * add a use-case as a field and wire it in create-services.ts, where the token provider and the
 * Graph base URL are at hand.
 */
/** The store ports the screens read and write through (Graph lists of the team's site). */
export type TabStore = PlanStore &
  MeasurementStore &
  SettingsStore &
  ItemHistory &
  EntityDashboardReader;

/**
 * What the signed-in tab works on: the entity shown (the settings row of the team the tab is open
 * in, else the site's only entity; "pz-demo" in local mode) and the store. Created on first use after sign-in, so the
 * Graph client is loaded only then and not with the first paint.
 */
export type TabData = {
  readonly entityId: string;
  readonly store: TabStore;
  /** Resolves and hashes evidence files for the measurement report. */
  readonly evidence: EvidenceStore;
  /** Reads the lists' raw items for the CSV export. */
  readonly lists: ListsReader;
  /** Makes a locked measurement's items read-only in SharePoint. */
  readonly sealer: RecordSealer;
};

export type TabDataError = DomainError<
  | 'DATA.NOT_SIGNED_IN'
  | 'DATA.SITE_UNREACHABLE'
  // The app has no Sites.Selected grant on the team's site (`details.siteUrl` when known).
  | 'DATA.SITE_NOT_GRANTED'
  // The site has not been set up: the manifest's lists are missing.
  | 'DATA.LISTS_MISSING'
>;

/** The first-run set-up's ports (list provisioning, the team's channels and apps). */
export type SetupServices = {
  readonly lists: ListProvisioner;
  readonly team: TeamSetup;
};

export type TabServices = {
  readonly mode: TabMode;
  readonly host: HostPort;
  /** The host's context, read once at start-up. */
  readonly hostContext: HostContext;
  readonly signIn: SignIn;
  /** The clock; screens never call `new Date()` themselves, so tests can fix the day. */
  readonly now: () => Date;
  /** The entity and its store, once signed in (the same object on every call). */
  readonly data: () => Promise<Result<TabData, TabDataError>>;
  /** The first-run set-up wizard's ports; absent where the mode does not wire them. */
  readonly setup?: SetupServices;
};
