import type { Db } from '../store/db';
import type { SiteRecord } from '../store/model';
import { seedDemoEvidence } from './demo-evidence';
import { seedDemoMeasurements } from './demo-measurements';
import { DEMO_ENTITY_ID, day, seedDemoArrangements, seedDemoPlan } from './demo-plan';
import { SeedWriter } from './seed-writer';
import { seedSite } from './site-seed';

/**
 * `demo`: PZ Demo with its plan, measurements, dialogue and reminders. `fresh`: PZ Demo just after
 * its team added the tab (the lists and the entity's settings, no plan yet). `empty`: the lists
 * only (or a bare site, see `provisionLists`).
 */
export type SeedMode = 'demo' | 'fresh' | 'empty';

export type SeedOptions = {
  readonly mode: SeedMode;
  /** IANA zone of the site's regional settings. */
  readonly timeZone: string;
  /** False leaves the site without the manifest lists, for provisioning runs. */
  readonly provisionLists: boolean;
};

/** The entity's settings: Dutch, reminders in General on day 1 at 09:00 (Brussels). */
function seedSettings(writer: SeedWriter, site: SiteRecord): void {
  writer.create(
    'IntegritySettings',
    {
      Title: 'PZ Demo',
      EntityId: DEMO_ENTITY_ID,
      EntityKind: 'local-police-zone',
      Languages: 'nl',
      TeamId: site.groupId,
      ChannelId: '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2',
      ChannelName: 'General',
      DayOfMonth: 1,
      ReminderHour: 9,
      SkipRecentDays: 7,
      IndicatorStaleDays: 90,
      BotState: 'unknown',
    },
    'commander',
    '2025-10-06T09:30:00Z',
  );
}

/**
 * The zone's own prompt. A key is kebab-case like the built-in ones (the core refuses anything
 * else), prefixed with the zone so it cannot collide with a future built-in key.
 */
const OWN_PROMPT = 'pz-demo-privegebruik-databanken';

/** A built-in prompt for November: the rotation never posts the same prompt twice in 12 months. */
const NOVEMBER_PROMPT = 'daily-free-coffee';

/** Two months of reminders and dialogue prompts, as the job (app identity) recorded them. */
function seedReminders(writer: SeedWriter): void {
  for (const [month, sentAt] of [
    ['2026-10', '2026-10-01T07:00:05Z'],
    ['2026-11', '2026-11-01T08:00:04Z'],
  ] as const) {
    for (const kind of ['pdca-reminder', 'dialogue-prompt'] as const) {
      const key = `${kind}:${DEMO_ENTITY_ID}:${month}`;
      const pending = writer.create(
        'IntegrityReminderLog',
        {
          Title: key,
          IdempotencyKey: key,
          EntityId: DEMO_ENTITY_ID,
          ReminderKind: kind,
          Period: month,
          DeliveryState: 'pending',
          Attempts: 0,
        },
        'app',
        sentAt.replace(/:\d{2}Z$/, ':00Z'),
      );
      writer.update(
        'IntegrityReminderLog',
        pending,
        {
          DeliveryState: 'sent',
          Attempts: 1,
          ActivityId: `1:${month.replace('-', '')}${kind === 'pdca-reminder' ? '01' : '02'}7c2f4a9e`,
          SentAt: sentAt,
          ...(kind === 'dialogue-prompt'
            ? { PostedPrompt: month === '2026-10' ? OWN_PROMPT : NOVEMBER_PROMPT }
            : {}),
        },
        'app',
        sentAt,
      );
    }
  }
}

function seedDialogue(writer: SeedWriter): void {
  writer.create(
    'IntegrityDialoguePrompts',
    {
      Title: OWN_PROMPT,
      PromptKey: OWN_PROMPT,
      ImfFunction: 'determine',
      VulnerableProcess: 'database-consultation',
      PromptKind: 'dilemma',
      PromptSource: 'entity',
      TitleNl: 'Het adres van haar ex-partner “even” opzoeken',
      TitleFr: 'Chercher « vite fait » l’adresse de son ex-partenaire',
      TitleDe: '„Mal eben“ die Adresse ihres Ex-Partners nachschlagen',
      TitleEn: '“Quickly” looking up her ex-partner’s address',
      QuestionNl:
        'Een collega vraagt je “even” het nieuwe adres van haar ex-partner op te zoeken, omdat ze zich zorgen maakt over de kinderen. Wat doe je, en wat zeg je tegen haar?',
      QuestionFr:
        'Une collègue te demande de rechercher « rapidement » la nouvelle adresse de son ex-partenaire, parce qu’elle s’inquiète pour les enfants. Que fais-tu, et que lui dis-tu ?',
      QuestionDe:
        'Eine Kollegin bittet dich, „mal eben“ die neue Adresse ihres Ex-Partners nachzuschlagen, weil sie sich Sorgen um die Kinder macht. Was tust du, und was sagst du ihr?',
      QuestionEn:
        'A colleague asks you to “quickly” look up her ex-partner’s new address, because she is worried about the children. What do you do, and what do you tell her?',
      // One tip per line, in the same order in every language: line n is tip n.
      TipsNl: [
        'Laat eerst de spontane reacties komen, zonder te oordelen.',
        'Vraag dan: wat is een geldige reden om een databank te consulteren, en wie kan haar wél helpen?',
        'Eindig met de afspraak uit het plan: consulteer enkel wat je opdracht vereist.',
      ].join('\n'),
      TipsFr: [
        'Laisse d’abord venir les réactions spontanées, sans juger.',
        'Demande ensuite : quel est un motif valable pour consulter une banque de données, et qui peut vraiment l’aider ?',
        'Termine par l’engagement du plan : ne consulte que ce que ta mission exige.',
      ].join('\n'),
      TipsDe: [
        'Lass zuerst die spontanen Reaktionen kommen, ohne zu urteilen.',
        'Frag dann: Was ist ein gültiger Grund, eine Datenbank abzufragen, und wer kann ihr wirklich helfen?',
        'Schließe mit der Vereinbarung aus dem Plan: Frag nur ab, was dein Auftrag erfordert.',
      ].join('\n'),
      TipsEn: [
        'Let the spontaneous reactions come first, without judging.',
        'Then ask: what is a valid reason to consult a database, and who can really help her?',
        'Close with the commitment in the plan: consult only what your assignment requires.',
      ].join('\n'),
      PromptActive: true,
    },
    'integrity-officer',
    '2026-09-02T11:00:00Z',
  );
  const countKey = `${DEMO_ENTITY_ID}:${OWN_PROMPT}`;
  const first = writer.create(
    'IntegrityDialogueCounts',
    {
      Title: countKey,
      CountKey: countKey,
      EntityId: DEMO_ENTITY_ID,
      PromptKey: OWN_PROMPT,
      DiscussedCount: 1,
      LastDiscussedOn: day('2026-10-02'),
    },
    'app',
    '2026-10-02T12:14:00Z',
  );
  const second = writer.update(
    'IntegrityDialogueCounts',
    first,
    { DiscussedCount: 2, LastDiscussedOn: day('2026-10-06') },
    'app',
    '2026-10-06T08:40:00Z',
  );
  writer.update(
    'IntegrityDialogueCounts',
    second,
    { DiscussedCount: 3, LastDiscussedOn: day('2026-10-08') },
    'app',
    '2026-10-08T15:02:00Z',
  );
}

/**
 * Seeds the emulator: the "PZ Demo" Team site with its personas, the manifest's lists, and for
 * `demo` the entity's adopted plan, locked baseline, open annual measurement and settings (for
 * `fresh` the settings alone).
 */
export function seedDatabase(db: Db, options: SeedOptions): SiteRecord {
  return db.transaction((): SiteRecord => {
    const site = seedSite(db, {
      timeZone: options.timeZone,
      provisionLists: options.provisionLists || options.mode !== 'empty',
    });
    seedDemoEvidence(db, site, options.mode === 'demo');
    if (options.mode === 'fresh') seedSettings(new SeedWriter(db, site), site);
    if (options.mode === 'demo') {
      const writer = new SeedWriter(db, site);
      seedSettings(writer, site);
      const plan = seedDemoPlan(writer);
      seedDemoArrangements(writer, plan);
      seedDemoMeasurements(writer, plan);
      seedDialogue(writer);
      seedReminders(writer);
    }
    return site;
  })();
}
