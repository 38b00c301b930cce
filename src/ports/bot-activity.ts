/**
 * What the bot hears from Teams, reduced to what the app acts on. The bot adapter turns SDK
 * activities into these and the app's handlers into invoke responses.
 */

/** The bot was added to a team or removed from it (`conversationUpdate`, team scope). */
export type InstallationEvent = {
  readonly kind: 'installed' | 'removed';
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly team: {
    /** Thread id, `19:…@thread.tacv2`. */
    readonly id: string;
    readonly aadGroupId: string | null;
    readonly name: string | null;
  };
  /** The channel the event came from (General for a team install). */
  readonly channelId: string;
};

/** Someone pressed an `Action.Execute` button (`adaptiveCard/action` invoke). */
export type CardActionRequest = {
  readonly verb: unknown;
  readonly data: unknown;
  /** The channel the card was pressed in (the conversation id without `;messageid=`). */
  readonly channelId: string | null;
  /** The team's thread id and group id, as the invoke's channel data gave them. */
  readonly teamId: string | null;
  readonly aadGroupId: string | null;
};

/** What the bot answers: a card replacing the pressed one, a message, or an error. */
export type CardActionReply =
  | { readonly kind: 'card'; readonly card: Readonly<Record<string, unknown>> }
  | { readonly kind: 'message'; readonly text: string }
  | {
      readonly kind: 'error';
      /** 400 bad request, 403/404 not for this channel or entity, 409 busy, 503 store unavailable. */
      readonly status: 400 | 403 | 404 | 409 | 503;
      readonly code: string;
      readonly message: string;
    };

export interface BotActivityHandlers {
  installationChanged(event: InstallationEvent): Promise<void>;
  cardAction(request: CardActionRequest): Promise<CardActionReply>;
}
