import { Template } from 'adaptivecards-templating';
import { describe, expect, it } from 'vitest';
import {
  ADAPTIVE_CARD_SCHEMA,
  buttonTitle,
  cardSizeBytes,
  expandCard,
  requireHttpsUrl,
} from './adaptive-card';
import { CARD_ACTION_IDS, CARD_VERBS } from './card-actions';
import updatedTemplate from './card-updated.template.json';
import promptTemplate from './dialogue-prompt.template.json';
import reminderTemplate from './pdca-reminder.template.json';

const TEMPLATE = new Template({
  $schema: ADAPTIVE_CARD_SCHEMA,
  type: 'AdaptiveCard',
  version: '1.5',
  body: [{ type: 'TextBlock', text: '${title}' }],
});

describe('expandCard', () => {
  it('binds data as values: an expression in the data is copied, never evaluated', () => {
    const card = expandCard(TEMPLATE, { title: '${=1+1} ${title} ${$root}' });
    expect(card.body).toEqual([{ type: 'TextBlock', text: '${=1+1} ${title} ${$root}' }]);
  });

  it('throws when the data lacks a binding, instead of posting "${title}"', () => {
    expect(() => expandCard(TEMPLATE, {})).toThrow(/title/);
  });

  it('leaves the engine’s global setting as it found it', async () => {
    const { GlobalSettings } = await import('adaptivecards-templating');
    expect(() => expandCard(TEMPLATE, {})).toThrow();
    expect(GlobalSettings.getUndefinedFieldValueSubstitutionString).toBeUndefined();
  });

  it('throws when a template does not produce an Adaptive Card 1.5', () => {
    const old = new Template({
      $schema: ADAPTIVE_CARD_SCHEMA,
      type: 'AdaptiveCard',
      version: '1.2',
      body: [],
    });
    expect(() => expandCard(old, {})).toThrow(/1\.5/);
  });
});

describe('the templates', () => {
  it.each([
    ['pdca-reminder', reminderTemplate],
    ['dialogue-prompt', promptTemplate],
    ['card-updated', updatedTemplate],
  ])('%s is an Adaptive Card 1.5 whose action ids and verbs come from the data', (_, template) => {
    expect(template).toMatchObject({
      $schema: ADAPTIVE_CARD_SCHEMA,
      type: 'AdaptiveCard',
      version: '1.5',
    });
    const text = JSON.stringify(template);
    // Ids and verbs are bound from CARD_ACTION_IDS / CARD_VERBS, so they cannot drift apart.
    for (const literal of [...Object.values(CARD_ACTION_IDS), ...Object.values(CARD_VERBS)]) {
      expect(text).not.toContain(`"${literal}"`);
    }
  });
});

describe('cardSizeBytes', () => {
  it('counts the card as UTF-8 JSON', () => {
    const card = { text: 'é € 👮 "\\' };
    expect(cardSizeBytes(card)).toBe(new TextEncoder().encode(JSON.stringify(card)).length);
  });
});

describe('buttonTitle', () => {
  it('joins the two languages of a bilingual card', () => {
    expect(buttonTitle(['nl', 'fr'], 'openPlan')).toBe('Open het plan / Ouvrir le plan');
    expect(buttonTitle(['de'], 'openPlan')).toBe('Plan öffnen');
  });
});

describe('requireHttpsUrl', () => {
  it.each(['http://x.example', 'javascript:alert(1)', 'https://x.example/a b', ''])(
    'refuses %j',
    (url) => {
      expect(() => requireHttpsUrl(url, 'tabDeepLink')).toThrow(RangeError);
    },
  );
});
