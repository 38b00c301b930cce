import { PERSONA_PROFILES, isPersona } from '../auth/personas';
import type { FaultInjector } from '../faults';
import type { BotStore } from './bot-store';

/** The live state of one Bot Connector module, for its routes and the channel page. */
export type BotConnectorState = {
  readonly store: BotStore;
  readonly botAppId: string;
  readonly faults: FaultInjector;
  readonly stats: { accepted: number; rateLimited: number; injected: number };
  /**
   * A fault after the post: the next `remaining` new posts are stored, then answered with
   * `status` (a 5xx), as when the service posted but its answer was lost: the bot cannot know the
   * card is in the channel.
   */
  afterPost: { status: number; remaining: number } | null;
  /** Posts an activity to the bot as Teams would; null when no endpoint is configured. */
  deliverToBot(
    activity: Record<string, unknown>,
  ): Promise<{ status: number; body: unknown } | null>;
  now(): Date;
};

/** The persona a channel page visitor acts as: the page's choice, else a team member. */
export function personaFor(
  value: unknown,
): (typeof PERSONA_PROFILES)[keyof typeof PERSONA_PROFILES] {
  return isPersona(value) && value !== 'app' ? PERSONA_PROFILES[value] : PERSONA_PROFILES.member;
}
