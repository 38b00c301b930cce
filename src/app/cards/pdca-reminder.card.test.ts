// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../core/shared/locale';
import type { Locale } from '../../core/shared/locale';
import { CARD_SIZE_BUDGET_BYTES, cardSizeBytes } from './adaptive-card';
import type { AdaptiveCardJson, CardLocales, CardResult } from './adaptive-card';
import { CARD_ACTION_IDS, CARD_VERBS, parseCardAction } from './card-actions';
import { buildPdcaReminderCard } from './pdca-reminder.card';
import {
  ENTITY_NAME,
  fullReminder,
  measurementOnlyReminder,
  reminderFor,
  TAB_DEEP_LINK,
} from './test-support/reminder-fixtures';
import type { Reminder } from './test-support/reminder-fixtures';
import { buttonTitles, expectCleanCard } from './test-support/render-card';

function card(result: CardResult): AdaptiveCardJson {
  if (result.kind !== 'card') throw new Error('expected a card');
  return result.card;
}

function reminderCard(content: Reminder, locales: CardLocales, entityName = ENTITY_NAME) {
  return card(buildPdcaReminderCard(content, { locales, tabDeepLink: TAB_DEEP_LINK, entityName }));
}

/** What a reader must find on the full reminder, per language (written out, not recomputed). */
const EXPECTED: Record<Locale, readonly string[]> = {
  nl: [
    'PDCA-herinnering — juni 2027',
    'Fase: Uitvoeren · stand van zaken op 5 juni 2027',
    'Achterstallige acties',
    '• overdue item 0 — Inspector 0 · 35 dagen te laat (termijn 1 mei 2027)',
    'en nog 5 in het plan',
    'Binnenkort (komende 30 dagen)',
    '• upcoming item 0 — Inspector 0 · termijn vandaag',
    '• upcoming item 1 — Inspector 1 · termijn morgen, 6 juni 2027',
    '• upcoming item 2 — Inspector 2 · termijn 7 juni 2027, over 2 dagen',
    'en nog 3 in het plan',
    'Indicator moet worden bijgewerkt',
    '• stale item 0 — Inspector 0 · indicator nooit bijgewerkt',
    '• stale item 1 — Inspector 1 · indicator bijgewerkt op 2 januari 2027 (154 dagen geleden)',
    'en nog 2 in het plan',
  ],
  fr: [
    'Rappel PDCA — juin 2027',
    'Phase : Mettre en œuvre · situation au 5 juin 2027',
    'Actions en retard',
    '• overdue item 0 — Inspector 0 · 35 jours de retard (échéance 1 mai 2027)',
    'et 5 autres dans le plan',
    'À venir (30 prochains jours)',
    '• upcoming item 0 — Inspector 0 · échéance aujourd’hui',
    '• upcoming item 2 — Inspector 2 · échéance le 7 juin 2027, dans 2 jours',
    'Indicateur à mettre à jour',
    '• stale item 1 — Inspector 1 · indicateur mis à jour le 2 janvier 2027 (il y a 154 jours)',
    'et 2 autres dans le plan',
  ],
  de: [
    'PDCA-Erinnerung — Juni 2027',
    'Phase: Umsetzen · Stand vom 5. Juni 2027',
    'Überfällige Maßnahmen',
    '• overdue item 0 — Inspector 0 · 35 Tage überfällig (fällig am 1. Mai 2027)',
    'und 5 weitere im Plan',
    'Demnächst (nächste 30 Tage)',
    '• upcoming item 2 — Inspector 2 · fällig am 7. Juni 2027, in 2 Tagen',
    'Indikator muss aktualisiert werden',
    '• stale item 0 — Inspector 0 · Indikator nie aktualisiert',
    'und 2 weitere im Plan',
  ],
  en: [
    'PDCA reminder — June 2027',
    'Phase: Do · situation on 5 June 2027',
    'Overdue actions',
    '• overdue item 0 — Inspector 0 · 35 days late (due 1 May 2027)',
    '• overdue item 9 — Inspector 9 · 26 days late (due 10 May 2027)',
    'and 5 more in the plan',
    'Upcoming (next 30 days)',
    '• upcoming item 1 — Inspector 1 · due tomorrow, 6 June 2027',
    '• upcoming item 9 — Inspector 9 · due 14 June 2027, in 9 days',
    'and 3 more in the plan',
    'Indicator needs an update',
    '• stale item 1 — Inspector 1 · indicator updated 2 January 2027 (154 days ago)',
    'and 2 more in the plan',
  ],
};

const BUTTONS: Record<Locale, readonly [string, string]> = {
  nl: ['Open het plan', 'Een maand uitstellen'],
  fr: ['Ouvrir le plan', 'Reporter d’un mois'],
  de: ['Plan öffnen', 'Einen Monat aussetzen'],
  en: ['Open the plan', 'Snooze one month'],
};

describe('buildPdcaReminderCard', () => {
  it('posts no card when the core has nothing to say', () => {
    const content = reminderFor();
    expect(content).toEqual({ kind: 'nothing-to-say' });
    expect(
      buildPdcaReminderCard(content, {
        locales: ['nl'],
        tabDeepLink: TAB_DEEP_LINK,
        entityName: ENTITY_NAME,
      }),
    ).toEqual({ kind: 'no-card' });
  });

  it.each(LOCALES)(
    'renders the full reminder in %s, ten items per list and the rest counted',
    (locale) => {
      const json = reminderCard(fullReminder(), [locale]);
      expect(json).toMatchObject({
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.5',
      });
      const { text, element } = expectCleanCard(json);
      expect(text).toContain(ENTITY_NAME);
      for (const expected of EXPECTED[locale]) expect(text).toContain(expected);
      expect(text).toContain('overdue item 9');
      expect(text).not.toContain('overdue item 10');
      expect(text).not.toContain('upcoming item 10');
      expect(buttonTitles(element)).toEqual(BUTTONS[locale]);
    },
  );

  it.each([[['nl', 'fr']], [['de', 'fr']]] as const)(
    'shows %j side by side, one column per language',
    (locales) => {
      const json = reminderCard(fullReminder(), locales);
      const { text, element } = expectCleanCard(json);
      for (const locale of locales) {
        for (const expected of EXPECTED[locale]) expect(text).toContain(expected);
      }
      const columnSet = json.body[1] as { type: string; columns: { separator: boolean }[] };
      expect(columnSet.type).toBe('ColumnSet');
      expect(columnSet.columns.map((column) => column.separator)).toEqual([false, true]);
      expect(buttonTitles(element)).toEqual([
        `${BUTTONS[locales[0]][0]} / ${BUTTONS[locales[1]][0]}`,
        `${BUTTONS[locales[0]][1]} / ${BUTTONS[locales[1]][1]}`,
      ]);
    },
  );

  it.each(LOCALES)(
    'shows only the measurement when nothing else needs attention (%s)',
    (locale) => {
      const { text } = expectCleanCard(reminderCard(measurementOnlyReminder(), [locale]));
      const expected = {
        nl: ['Meting te doen', 'Nulmeting — uiterlijk op 31 maart 2027', 'Fase: Plannen'],
        fr: ['Mesure à réaliser', 'Mesure initiale — au plus tard le 31 mars 2027'],
        de: ['Messung fällig', 'Nullmessung — spätestens am 31. März 2027'],
        en: ['Measurement due', 'Baseline measurement — due by 31 March 2027', 'Phase: Plan'],
      }[locale];
      for (const line of expected) expect(text).toContain(line);
      for (const heading of EXPECTED[locale].slice(2)) expect(text).not.toContain(heading);
    },
  );

  it('names overdue, annual and upcoming measurements', () => {
    const base = measurementOnlyReminder();
    const overdue = reminderCard(
      { ...base, measurement: { ...base.measurement!, state: 'overdue' } },
      ['en'],
    );
    expect(expectCleanCard(overdue).text).toContain(
      'Baseline measurement — overdue since 31 March 2027',
    );
    const annual = reminderCard(
      {
        ...base,
        measurement: {
          kind: 'annual',
          sequence: 2,
          opensOn: '2028-12-01',
          dueOn: '2028-12-31',
          state: 'upcoming',
        },
      },
      ['nl', 'fr'],
    );
    const { text } = expectCleanCard(annual);
    expect(text).toContain('Jaarlijkse meting 2 — van 1 december 2028 tot 31 december 2028');
    expect(text).toContain('Mesure annuelle 2 — du 1 décembre 2028 au 31 décembre 2028');
    const final = reminderCard(
      { ...base, measurement: { ...base.measurement!, kind: 'final', sequence: 5 } },
      ['de'],
    );
    expect(expectCleanCard(final).text).toContain('Abschlussmessung — spätestens am 31. März 2027');
  });

  it('says "unassigned" for an item without an owner, in the reader’s language', () => {
    const content = fullReminder(undefined, () => null);
    expect(expectCleanCard(reminderCard(content, ['en'])).text).toContain(
      '• overdue item 0 — unassigned · 35 days late',
    );
    expect(expectCleanCard(reminderCard(content, ['fr'])).text).toContain(
      '• overdue item 0 — sans responsable',
    );
  });

  it('binds "Open the plan" to the tab deep link and "Snooze one month" to an Action.Execute', () => {
    const json = reminderCard(fullReminder(), ['en']);
    expect(json.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        id: CARD_ACTION_IDS.openPlan,
        title: 'Open the plan',
        url: TAB_DEEP_LINK,
      },
      {
        type: 'Action.Execute',
        id: CARD_ACTION_IDS.snoozeReminder,
        title: 'Snooze one month',
        verb: 'reminder.snooze',
        data: { entityId: 'pz-demo', period: '2027-06' },
      },
    ]);
    const snooze = json.actions?.[1] as { verb: string; data: unknown };
    expect(parseCardAction(snooze.verb, snooze.data)).toEqual({
      verb: CARD_VERBS.snoozeReminder,
      data: { entityId: 'pz-demo', period: '2027-06' },
    });
  });

  it('refuses a deep link that is not https', () => {
    expect(() =>
      buildPdcaReminderCard(fullReminder(), {
        locales: ['en'],
        tabDeepLink: 'javascript:alert(1)',
        entityName: ENTITY_NAME,
      }),
    ).toThrow(/https/);
  });
});

const HOSTILE = [
  '[click](http://evil.example)',
  '**bold**',
  '# heading',
  '<script>alert(1)</script>',
  '${=1+1}',
  'https://evil.example/steal',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  '1. not a list',
  '- not a list',
  '_em_ ~~del~~ `code` ![i](http://evil.example/i.png)',
];

describe('buildPdcaReminderCard with hostile data', () => {
  const content = fullReminder(
    (_, index) => HOSTILE[index % HOSTILE.length]!,
    (index) => HOSTILE[(index + 3) % HOSTILE.length]!,
  );

  it.each([[['en']], [['nl', 'fr']]] as const)(
    'shows titles, owners and the entity name literally, as no markup, in %j',
    (locales) => {
      const json = reminderCard(content, locales, '[Zone](http://evil.example) **PZ**');
      const { text, element } = expectCleanCard(json);
      expect(element.querySelectorAll('a, strong, em, h1, script, ol, ul')).toHaveLength(0);
      for (const hostile of HOSTILE) expect(text).toContain(hostile);
      expect(text).toContain('[Zone](http://evil.example) **PZ**');
      // Shown literally above, so not evaluated by the templating engine (`${=1+1}` would be 2);
      // nor by the card's text functions, which would have put a formatted date in its place.
      expect(text).not.toMatch(/14\/02\/2017|2\/14\/2017|Feb 14, 2017/);
    },
  );

  it('stays within 24 KB with the longest, most escaped titles in two languages', () => {
    const worst = '*_[]()#-+!<>~`|\\'.repeat(20);
    const content = fullReminder(
      () => worst,
      () => '"\\*'.repeat(40),
    );
    const json = reminderCard(content, ['nl', 'fr'], worst);
    const { text } = expectCleanCard(json);
    expect(cardSizeBytes(json)).toBeLessThanOrEqual(CARD_SIZE_BUDGET_BYTES);
    // Fewer items fit, and the rest is counted rather than dropped.
    expect(text).toMatch(/en nog \d+ in het plan/);
    expect(text).toContain('…');
  });
});
