import { BUILT_IN_PROMPTS } from '../core/dialogue/prompt-library';
import type { DialoguePrompt } from '../core/dialogue/prompt.types';
import type { RejectedPrompt } from '../core/dialogue/prompt.validate';
import {
  DEFAULT_DELIVERY_POLICY,
  decideDelivery,
  failureOf,
  formatFailure,
  recordOutcome,
  type DeliveryPolicy,
  type DeliveryRecord,
  type PostOutcome,
} from '../core/reminders/delivery-decision';
import {
  lastCompletedPeriod,
  promptHistory,
  type ReminderLogFacts,
} from '../core/reminders/reminder-history';
import type { EntitySettings } from '../core/schedule/entity-settings.types';
import { CARD_KINDS, idempotencyKey, type CardKind } from '../core/schedule/idempotency-key';
import { periodKeyAt, type PeriodKey } from '../core/schedule/period-key';
import { reminderDue } from '../core/schedule/reminder-due';
import type { IsoDateTime } from '../core/shared/dates';
import type { ChannelPoster, ChannelTarget, PostError } from '../ports/channel-poster';
import type { EntityDashboardReader } from '../ports/dashboard-reader';
import type { DialogueStore } from '../ports/dialogue-store';
import type { ReminderLogEntry, ReminderLogStore } from '../ports/reminder-log-store';
import type { ReminderTarget, ReminderTargetStore } from '../ports/reminder-target-store';
import type { InvalidRecord, Stored, StoreResult } from '../ports/store.types';
import {
  preparePromptCard,
  prepareReminderCard,
  storeDetail,
  type PreparedCard,
} from './send-monthly-reminders.cards';

/** The stores of one SharePoint site (one or more entities) the job reads and writes. */
export type MonthlyReminderStores = {
  readonly targets: ReminderTargetStore;
  readonly dashboards: EntityDashboardReader;
  readonly log: ReminderLogStore;
  readonly dialogue: DialogueStore;
};

export type RunMonthlyRemindersInput = {
  /** The instant the run decides for (which month, whether a slot has passed). */
  readonly now: IsoDateTime;
  readonly stores: MonthlyReminderStores;
  readonly poster: ChannelPoster;
  /** The Bot Connector and tenant to use for a team whose install event was never recorded. */
  readonly defaults: { readonly serviceUrl: string; readonly tenantId: string };
  /** The https deep link to the entity's tab (the reminder's "Open the plan"). */
  readonly tabDeepLink: (settings: EntitySettings) => string;
  /** Names this run in the rows it claims (a random id): see {@link claimNote}. */
  readonly runId: string;
  /** When a card was really sent (for `SentAt`); the run's `now` by default. */
  readonly clock?: () => IsoDateTime;
  readonly policy?: Partial<DeliveryPolicy>;
  /** The trusted prompt library; `BUILT_IN_PROMPTS` by default. */
  readonly prompts?: readonly DialoguePrompt[];
  /** Entities handled at once; the poster's rate limiter paces the sends themselves. */
  readonly concurrency?: number;
  /** One line per card posted or refused, for the operator's log. */
  readonly log?: (line: string) => void;
};

export type ReminderOutcomeStatus = 'sent' | 'skipped' | 'failed';

/** What happened to one card (or to a whole entity, when `kind` is null). */
export type ReminderOutcome = {
  readonly entityId: string;
  readonly kind: CardKind | null;
  readonly period: PeriodKey | null;
  readonly status: ReminderOutcomeStatus;
  /**
   * `sent`: `posted`. `skipped`: why nothing was due or sent (`not-yet`, `paused`, `no-channel`,
   * `already-posted`, `already-sent`, `nothing-to-post`, `in-progress`, `nothing-to-say`, `no-plan`,
   * `prompts-exhausted`, `bot-removed`). `failed` (a person should look): `unconfirmed`, `gave-up`,
   * `bot-removed`, `not-posted`, `store`, `record-failed`, `invalid-settings`, `invalid-log-row`,
   * `invalid-data`.
   */
  readonly reason: string;
  readonly detail: string | null;
  readonly activityId: string | null;
  readonly promptKey: string | null;
};

/** The run's report: every card's outcome, and the faults (bugs, outages) it met. */
export type ReminderReport = {
  readonly now: IsoDateTime;
  readonly runId: string;
  readonly entities: number;
  readonly sent: readonly ReminderOutcome[];
  readonly skipped: readonly ReminderOutcome[];
  readonly failed: readonly ReminderOutcome[];
  /** Prompts the entity or the AIG added that cannot be used, for whoever curates the list. */
  readonly rejectedPrompts: readonly RejectedPrompt[];
  /** Exceptions, one per entity they stopped; the run went on with the other entities. */
  readonly faults: readonly { readonly entityId: string | null; readonly message: string }[];
};

/**
 * `LastError` of a claimed (`pending`) row: which run claimed it and when. Besides telling a
 * person who holds the row, it makes two runs' claims differ, so that a write the store re-checks
 * after a dropped connection (it compares what it sent with what it finds) can never take another
 * run's claim for its own.
 */
export function claimNote(runId: string, now: IsoDateTime): string {
  return `CLAIMED: run ${runId} at ${now}`;
}

/** The row as the delivery decision reads it. */
function deliveryRecord(row: Stored<ReminderLogEntry>): DeliveryRecord {
  return {
    state: row.value.state,
    attempts: row.value.attempts,
    updatedAt: row.modifiedAt,
    failure:
      row.value.state === 'failed' || row.value.state === 'bot-removed'
        ? failureOf(row.value.lastError)
        : null,
  };
}

/** A send's outcome for the log row (see `recordOutcome`). */
function postOutcome(error: PostError): PostOutcome {
  switch (error.code) {
    case 'POST.BOT_REMOVED':
      return { kind: 'bot-removed', detail: error.message };
    case 'POST.UNCONFIRMED':
      return { kind: 'unconfirmed', detail: error.message };
    case 'POST.THROTTLED':
    case 'POST.REJECTED':
      return { kind: 'not-posted', detail: error.message };
  }
}

/** Runs `work` over `items` with at most `limit` at once, in order of start. */
async function pool<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

type NewOutcome = Omit<ReminderOutcome, 'activityId' | 'promptKey'> & Partial<ReminderOutcome>;

/** What one run shares between its entities. */
type Run = {
  readonly input: RunMonthlyRemindersInput;
  readonly policy: DeliveryPolicy;
  readonly prompts: readonly DialoguePrompt[];
  readonly clock: () => IsoDateTime;
  readonly thisMonth: PeriodKey;
  report(outcome: NewOutcome): void;
  /** The site's added prompts, read once per run and only when a prompt is due. */
  customPrompts(): Promise<StoreResult<readonly unknown[]>>;
  /** Added prompts the core refused, reported once per run. */
  noteRejected(rejected: readonly RejectedPrompt[]): void;
};

/** One entity during a run: its settings, its log rows, what it loaded so far. */
type EntityRun = {
  readonly target: Stored<ReminderTarget>;
  readonly settings: EntitySettings;
  readonly records: readonly Stored<ReminderLogEntry>[];
  readonly invalidRows: readonly InvalidRecord[];
  readonly facts: readonly ReminderLogFacts[];
};

/** The card of `kind` for the entity this month, or why there is none. */
async function prepare(
  run: Run,
  entity: EntityRun,
  kind: CardKind,
  period: PeriodKey,
): Promise<PreparedCard> {
  const { settings } = entity;
  if (kind === 'pdca-reminder') {
    return prepareReminderCard({
      dashboards: run.input.stores.dashboards,
      settings,
      now: run.input.now,
      tabDeepLink: run.input.tabDeepLink(settings),
    });
  }
  const custom = await run.customPrompts();
  if (!custom.ok) return { kind: 'failed', reason: 'store', detail: storeDetail(custom.error) };
  const { card, rejected } = await preparePromptCard({
    dialogue: run.input.stores.dialogue,
    settings,
    period,
    prompts: run.prompts,
    customPrompts: custom.value,
    history: promptHistory(entity.facts),
  });
  run.noteRejected(rejected);
  return card;
}

/** Where the entity's cards go: its chosen channel, through the recorded (or default) service. */
function channelTarget(run: Run, entity: EntityRun): ChannelTarget {
  const channel = entity.settings.reminderChannel;
  if (channel === null) throw new Error('a due card without a channel');
  const reference = entity.target.value.bot.conversation;
  return {
    serviceUrl: reference?.serviceUrl ?? run.input.defaults.serviceUrl,
    tenantId: reference?.tenantId ?? run.input.defaults.tenantId,
    teamId: channel.teamId,
    channelId: channel.channelId,
  };
}

/** A `pending` row left by a dead run becomes `failed`/`unconfirmed`, reported, never re-sent. */
async function resolveUnconfirmed(
  run: Run,
  row: Stored<ReminderLogEntry>,
  where: Pick<ReminderOutcome, 'entityId' | 'kind' | 'period'>,
): Promise<void> {
  const detail = `left pending since ${row.modifiedAt ?? 'an unknown time'} (${row.value.lastError ?? 'no claim note'}); Teams cannot tell whether it was posted: check the channel`;
  const resolved = await run.input.stores.log.updateEntry(
    { ...row.value, state: 'failed', lastError: formatFailure('unconfirmed', detail) },
    row.etag,
  );
  if (resolved.ok) {
    run.report({ ...where, status: 'failed', reason: 'unconfirmed', detail });
  } else if (resolved.error.code === 'STORE.CONFLICT') {
    // Another run resolved it at the same moment; its report has it.
    run.report({ ...where, status: 'skipped', reason: 'in-progress', detail: null });
  } else {
    run.report({
      ...where,
      status: 'failed',
      reason: 'store',
      detail: storeDetail(resolved.error),
    });
  }
}

/**
 * Claims, sends and records one card (see the protocol in `core/reminders`). Returns whether the
 * channel said the bot is gone.
 */
async function deliver(
  run: Run,
  entity: EntityRun,
  row: Stored<ReminderLogEntry> | null,
  base: Omit<ReminderLogEntry, 'id'>,
  prepared: Extract<PreparedCard, { kind: 'card' }>,
): Promise<{ readonly botRemoved: boolean }> {
  const { log } = run.input.stores;
  const where = { entityId: base.entityId, kind: base.kind, period: base.period };
  // 1. Claim: the unique key (create) or the eTag (retry) lets exactly one run through.
  const claimed =
    row === null
      ? await log.createEntry(base)
      : await log.updateEntry({ ...base, id: row.id }, row.etag);
  if (!claimed.ok) {
    const conflict = claimed.error.code === 'STORE.CONFLICT';
    run.report({
      ...where,
      status: conflict ? 'skipped' : 'failed',
      reason: conflict ? 'in-progress' : 'store',
      detail: conflict ? 'another run claimed it first' : storeDetail(claimed.error),
    });
    return { botRemoved: false };
  }

  // 2. Send.
  const posted = await run.input.poster.postCard(channelTarget(run, entity), prepared.card);

  // 3. Record.
  const outcome: PostOutcome = posted.ok ? { kind: 'posted' } : postOutcome(posted.error);
  const recorded = recordOutcome(outcome);
  const activityId = posted.ok ? posted.value.activityId : null;
  const written = await log.updateEntry(
    {
      ...claimed.value.value,
      state: recorded.state,
      lastError: recorded.lastError,
      activityId,
      sentAt: posted.ok ? run.clock() : null,
    },
    claimed.value.etag,
  );
  const promptKey = prepared.promptKey;
  if (!written.ok) {
    // Posted (or refused) but not recorded: the row stays `pending` and a later run reports it
    // unconfirmed. The activity id here tells a person it was in fact posted.
    const what = posted.ok ? 'posted' : posted.error.message;
    const detail = `${what}; the log could not be updated: ${storeDetail(written.error)}`;
    run.report({
      ...where,
      status: 'failed',
      reason: 'record-failed',
      detail,
      activityId,
      promptKey,
    });
  } else if (posted.ok) {
    run.report({ ...where, status: 'sent', reason: 'posted', detail: null, activityId, promptKey });
  } else {
    run.report({
      ...where,
      status: 'failed',
      reason: outcome.kind,
      detail: posted.error.message,
      promptKey,
    });
  }
  return { botRemoved: !posted.ok && posted.error.code === 'POST.BOT_REMOVED' };
}

/** One kind of card for one entity this run: due? → decision → prepare → deliver or record. */
async function remindCard(
  run: Run,
  entity: EntityRun,
  kind: CardKind,
): Promise<{ readonly botRemoved: boolean }> {
  const { settings, target } = entity;
  const { entityId } = settings;
  const done = { botRemoved: false };
  const due = reminderDue({
    settings,
    now: run.input.now,
    lastPostedPeriod: lastCompletedPeriod(entity.facts, kind),
  });
  if (!due.ok) {
    const where = { entityId, kind, period: run.thisMonth };
    run.report({ ...where, status: 'failed', reason: 'invalid-settings', detail: due.error.code });
    return done;
  }
  const { period } = due.value;
  const where = { entityId, kind, period };
  if (due.value.kind === 'not-due') {
    run.report({ ...where, status: 'skipped', reason: due.value.reason, detail: null });
    return done;
  }
  const key = idempotencyKey({ kind, entityId, period });
  if (!key.ok) {
    run.report({ ...where, status: 'failed', reason: 'invalid-settings', detail: key.error.code });
    return done;
  }
  const invalidRow = entity.invalidRows.find((r) => r.raw.IdempotencyKey === key.value);
  if (invalidRow !== undefined) {
    // A hand-edited row for this very card: it may say anything, so nothing is sent.
    const detail = invalidRow.reason;
    run.report({ ...where, status: 'failed', reason: 'invalid-log-row', detail });
    return done;
  }
  const row = entity.records.find((r) => r.value.idempotencyKey === key.value) ?? null;
  const decision = decideDelivery({
    record: row === null ? null : deliveryRecord(row),
    botInstalled: target.value.bot.state === 'installed',
    now: run.input.now,
    policy: run.policy,
  });
  if (decision.kind === 'skip') {
    const needsPerson = ['unconfirmed', 'gave-up', 'bot-removed'].includes(decision.reason);
    run.report({
      ...where,
      status: needsPerson ? 'failed' : 'skipped',
      reason: decision.reason,
      detail: row?.value.lastError ?? null,
      activityId: row?.value.activityId ?? null,
    });
    return done;
  }
  if (decision.kind === 'resolve-unconfirmed') {
    if (row === null) throw new Error('resolve-unconfirmed without a row');
    await resolveUnconfirmed(run, row, where);
    return done;
  }

  const prepared = await prepare(run, entity, kind, period);
  if (prepared.kind === 'failed') {
    run.report({ ...where, status: 'failed', reason: prepared.reason, detail: prepared.detail });
    return done;
  }
  const base: Omit<ReminderLogEntry, 'id'> = {
    idempotencyKey: key.value,
    entityId,
    kind,
    period,
    state: 'pending',
    attempts: decision.kind === 'claim' ? 1 : decision.attempt,
    activityId: null,
    postedPrompt: prepared.kind === 'card' ? prepared.promptKey : null,
    sentAt: null,
    lastError: claimNote(run.input.runId, run.input.now),
  };
  if (prepared.kind === 'card') return deliver(run, entity, row, base, prepared);

  // Nothing to post this month: recorded as `skipped`, so the month is done.
  const skipped = { ...base, state: 'skipped' as const, lastError: `SKIPPED: ${prepared.reason}` };
  const { log } = run.input.stores;
  const written =
    row === null
      ? await log.createEntry(skipped)
      : await log.updateEntry({ ...skipped, id: row.id }, row.etag);
  if (written.ok) {
    run.report({ ...where, status: 'skipped', reason: prepared.reason, detail: prepared.detail });
  } else if (written.error.code === 'STORE.CONFLICT') {
    run.report({ ...where, status: 'skipped', reason: 'in-progress', detail: null });
  } else {
    run.report({ ...where, status: 'failed', reason: 'store', detail: storeDetail(written.error) });
  }
  return done;
}

/** Both cards of one entity, in order; a removed bot stops the second. */
async function remindEntity(run: Run, target: Stored<ReminderTarget>): Promise<void> {
  const { settings, bot } = target.value;
  const { entityId } = settings;
  const removed = (kind: CardKind): NewOutcome => ({
    entityId,
    kind,
    period: run.thisMonth,
    status: 'skipped',
    reason: 'bot-removed',
    detail: 'the bot was removed from the team',
  });
  if (bot.state === 'removed') {
    for (const kind of CARD_KINDS) run.report(removed(kind));
    return;
  }
  const rows = await run.input.stores.log.listEntries(entityId);
  if (!rows.ok) {
    const detail = storeDetail(rows.error);
    run.report({
      entityId,
      kind: null,
      period: run.thisMonth,
      status: 'failed',
      reason: 'store',
      detail,
    });
    return;
  }
  const entity: EntityRun = {
    target,
    settings,
    records: rows.value.records,
    invalidRows: rows.value.invalid,
    facts: rows.value.records.map((r) => ({
      kind: r.value.kind,
      period: r.value.period,
      state: r.value.state,
      postedPrompt: r.value.postedPrompt,
    })),
  };
  for (const [index, kind] of CARD_KINDS.entries()) {
    const { botRemoved } = await remindCard(run, entity, kind);
    if (!botRemoved) continue;
    for (const rest of CARD_KINDS.slice(index + 1)) run.report(removed(rest));
    const problem = await markBotRemoved(run.input.stores.targets, target);
    if (problem !== null) {
      const detail = `BotState not set to removed: ${problem}`;
      run.report({
        entityId,
        kind: null,
        period: run.thisMonth,
        status: 'failed',
        reason: 'store',
        detail,
      });
    }
    return;
  }
}

/**
 * One pass of the monthly job over the entities of a site: for each entity whose cadence is due
 * (`reminderDue`), the PDCA reminder and then the integrity-dialogue prompt, each posted as a new
 * channel post at most once per (entity, kind, month) through the reminder log (protocol and
 * rules: `core/reminders/delivery-decision.ts`):
 *
 * - due → its row decides (`decideDelivery`): claim (create `pending`, the key is unique), send,
 *   record `sent` with the activity id; or retry a row that was definitely not posted; or skip;
 * - a reminder with nothing to say, or no prompt left, is recorded `skipped` (the month is done);
 * - a removed bot (403 from the channel) is recorded on the row and in the settings
 *   (`BotState: removed`): the entity is reported and left alone until Teams says the bot is back;
 * - a `pending` row left by a run that died is resolved to `failed`/`unconfirmed`, never re-sent.
 *
 * Business failures end up in the report; an exception in one entity (a bug, a fault) is recorded
 * in `faults` and the run goes on with the others, so callers must treat faults as a failed run.
 */
export async function runMonthlyReminders(
  input: RunMonthlyRemindersInput,
): Promise<ReminderReport> {
  const { now } = input;
  const log = input.log ?? ((): void => undefined);
  const outcomes: ReminderOutcome[] = [];
  const faults: { entityId: string | null; message: string }[] = [];
  const rejectedPrompts: RejectedPrompt[] = [];
  let rejectionsNoted = false;
  let customPrompts: Promise<StoreResult<readonly unknown[]>> | null = null;
  const run: Run = {
    input,
    policy: { ...DEFAULT_DELIVERY_POLICY, ...input.policy },
    prompts: input.prompts ?? BUILT_IN_PROMPTS,
    clock: input.clock ?? ((): IsoDateTime => now),
    thisMonth: periodKeyAt(now),
    report(outcome) {
      const full: ReminderOutcome = { activityId: null, promptKey: null, ...outcome };
      outcomes.push(full);
      if (full.status === 'skipped') return;
      const what = `${full.kind ?? 'entity'} for ${full.entityId} ${full.period ?? ''}`.trim();
      const prompt = full.promptKey === null ? '' : `, prompt ${full.promptKey}`;
      const detail = full.detail === null ? '' : ` — ${full.detail}`;
      log(
        full.status === 'sent'
          ? `posted ${what} (activity ${full.activityId ?? '?'}${prompt})`
          : `NOT posted ${what}: ${full.reason}${detail}`,
      );
    },
    customPrompts() {
      customPrompts ??= input.stores.dialogue.listCustomPrompts();
      return customPrompts;
    },
    noteRejected(rejected) {
      if (rejectionsNoted) return;
      rejectionsNoted = true;
      rejectedPrompts.push(...rejected);
    },
  };

  const listed = await input.stores.targets.listReminderTargets();
  if (!listed.ok) {
    const detail = storeDetail(listed.error);
    run.report({
      entityId: '*',
      kind: null,
      period: run.thisMonth,
      status: 'failed',
      reason: 'store',
      detail,
    });
  }
  const targets = listed.ok ? listed.value.records : [];
  for (const invalid of listed.ok ? listed.value.invalid : []) {
    run.report({
      entityId:
        typeof invalid.raw.EntityId === 'string' ? invalid.raw.EntityId : `item ${invalid.id}`,
      kind: null,
      period: run.thisMonth,
      status: 'failed',
      reason: 'invalid-settings',
      detail: invalid.reason,
    });
  }

  await pool(targets, input.concurrency ?? 16, async (target) => {
    try {
      await remindEntity(run, target);
    } catch (error: unknown) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      faults.push({ entityId: target.value.settings.entityId, message });
      log(`FAULT for ${target.value.settings.entityId}: ${message}`);
    }
  });

  return {
    now,
    runId: input.runId,
    entities: targets.length + (listed.ok ? listed.value.invalid.length : 0),
    sent: outcomes.filter((o) => o.status === 'sent'),
    skipped: outcomes.filter((o) => o.status === 'skipped'),
    failed: outcomes.filter((o) => o.status === 'failed'),
    rejectedPrompts,
    faults,
  };
}

/**
 * Records in the settings that the bot is gone (Teams answered 403), keeping the last conversation
 * reference. A concurrent change (412) is retried once on a fresh read. Returns why it could not,
 * or null; the row's `bot-removed` still keeps this month from being sent again meanwhile.
 */
async function markBotRemoved(
  store: ReminderTargetStore,
  target: Stored<ReminderTarget>,
): Promise<string | null> {
  let current: Stored<ReminderTarget> = target;
  for (let attempt = 1; ; attempt += 1) {
    const saved = await store.saveBotInstallation(
      current.id,
      { state: 'removed', conversation: current.value.bot.conversation },
      current.etag,
    );
    if (saved.ok) return null;
    if (saved.error.code !== 'STORE.CONFLICT' || attempt >= 2) return storeDetail(saved.error);
    const fresh = await store.listReminderTargets();
    if (!fresh.ok) return storeDetail(fresh.error);
    const again = fresh.value.records.find((r) => r.id === target.id);
    if (again === undefined) return 'the settings item is gone or no longer valid';
    current = again;
  }
}
