import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/catalogue/catalogue';
import type { PlanBundle } from '../../core/plan/plan.types';
import { LOCALES } from '../../core/shared/locale';
import type { Locale } from '../../core/shared/locale';
import { PLAN_DOCUMENT_LABELS } from './export-labels';
import { formatEur, formatMessage } from './export-format';
import type { ExportProgress } from './export-format';
import { buildPlanDocx, buildPlanPdf } from './plan-document';
import type { PlanExportInput } from './plan-document';
import { DEMO_BUNDLE, DEMO_GENERATED_AT, DEMO_OBJECTIVES } from './test-support/demo-fixture';
import { firstOutOfOrder, readDocx, readPdf } from './test-support/document-readers';

/** The model plan's section headings as the reader must see them, typed here on purpose. */
const SECTION_HEADINGS: Readonly<Record<Locale, readonly string[]>> = {
  nl: [
    '1. Identificatie van de entiteit',
    '2. Meerjarige ambitie, visie en doelstellingen (SMART)',
    '3. Instrumenten en acties',
    '4. Actoren',
    '5. Monitoring',
    '6. Evaluatie en rapportage',
    '7. Communicatie',
  ],
  fr: [
    '1. Identification de l’entité',
    '2. Ambition pluriannuelle, vision et objectifs (SMART)',
    '3. Instruments et actions',
    '4. Acteurs',
    '5. Monitoring',
    '6. Évaluation et rapportage',
    '7. Communication',
  ],
  de: [
    '1. Identifizierung der Einheit',
    '2. Mehrjährige Ambition, Vision und Ziele (SMART)',
    '3. Instrumente und Maßnahmen',
    '4. Akteure',
    '5. Monitoring',
    '6. Evaluierung und Berichterstattung',
    '7. Kommunikation',
  ],
  en: [
    '1. Identification of the entity',
    '2. Multi-year ambition, vision and objectives (SMART)',
    '3. Instruments and actions',
    '4. Actors',
    '5. Monitoring',
    '6. Evaluation and reporting',
    '7. Communication',
  ],
};

const ADOPTION_DATE: Readonly<Record<Locale, string>> = {
  nl: '12 januari 2026',
  fr: '12 janvier 2026',
  de: '12. Januar 2026',
  en: '12 January 2026',
};

const ADOPTED: Readonly<Record<Locale, string>> = {
  nl: 'Goedgekeurd',
  fr: 'Adopté',
  de: 'Verabschiedet',
  en: 'Adopted',
};

const CANCELLED: Readonly<Record<Locale, string>> = {
  nl: 'Geannuleerd',
  fr: 'Annulée',
  de: 'Abgebrochen',
  en: 'Cancelled',
};

/** The document language: Belgian Dutch, French and German; British English (see intlLocale). */
const LANGUAGE_TAG: Readonly<Record<Locale, string>> = {
  nl: 'nl-BE',
  fr: 'fr-BE',
  de: 'de-BE',
  en: 'en-GB',
};

/**
 * A PDF takes two layout passes (see buildPlanPdf): about a second per language on an idle
 * 2-core machine, several times that when other suites share the cores.
 */
const PDF_TIMEOUT_MS = 60_000;

/** Budgets of the fixture's actions that are not cancelled: 1500 + 3200.50 + 8500 + 900.25 + 0 + 250. */
const PLAN_BUDGET = 14_350.75;

function input(locale: Locale, bundle: PlanBundle = DEMO_BUNDLE): PlanExportInput {
  return { bundle, locale, catalogue: CATALOGUE, generatedAt: DEMO_GENERATED_AT };
}

/** Without any white space: line wrapping, no-break spaces and table cells cannot get in the way. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The PDF's text without white space and without the page footers that interrupt the flow. */
function pdfBody(bytes: Uint8Array, locale: Locale, title: string): string {
  const pdf = readPdf(bytes);
  const page = squeeze(
    formatMessage(PLAN_DOCUMENT_LABELS.page, locale, { page: '#P#', pages: '#Q#' }),
  );
  // The page count is known exactly: a pattern for it would also eat the digits of a heading
  // that starts the next page ("… of 9" + "1. …").
  const footer = new RegExp(
    escapeRegExp(squeeze(`${title} · `) + page)
      .replace('#P#', '\\d+')
      .replace('#Q#', String(pdf.pageCount)),
    'g',
  );
  return squeeze(pdf.text).replace(footer, '');
}

type Built = {
  readonly docx: Uint8Array;
  readonly pdf: Uint8Array;
  readonly progress: readonly (readonly ExportProgress[])[];
};

const built = new Map<Locale, Promise<Built>>();

/** Both documents of a language, built once for the tests that read them. */
function documents(locale: Locale): Promise<Built> {
  let documents = built.get(locale);
  if (documents === undefined) {
    const docxSteps: ExportProgress[] = [];
    const pdfSteps: ExportProgress[] = [];
    documents = (async () => ({
      docx: await buildPlanDocx({ ...input(locale), onProgress: (p) => docxSteps.push(p) }),
      pdf: await buildPlanPdf({ ...input(locale), onProgress: (p) => pdfSteps.push(p) }),
      progress: [docxSteps, pdfSteps],
    }))();
    built.set(locale, documents);
  }
  return documents;
}

describe.each(LOCALES)('plan document in %s', (locale) => {
  it(
    'writes a DOCX with the seven sections as Word headings, in order, and the plan in them',
    { timeout: PDF_TIMEOUT_MS },
    async () => {
      const docx = await readDocx((await documents(locale)).docx);
      const { paragraphs } = docx;
      const texts = paragraphs.map((p) => p.text);

      expect(paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(
        SECTION_HEADINGS[locale],
      );
      expect(paragraphs.find((p) => p.style === 'Title')?.text).toBe(DEMO_BUNDLE.plan.title);
      // The stylesheet sets the reader's language for spelling and grammar.
      expect(docx.stylesXml).toContain(`w:val="${LANGUAGE_TAG[locale]}"`);

      // Title page: status and adoption date before the first section.
      const firstSection = paragraphs.findIndex((p) => p.style === 'Heading1');
      const titlePage = texts.slice(0, firstSection);
      expect(titlePage).toContain(ADOPTED[locale]);
      expect(titlePage).toContain(ADOPTION_DATE[locale]);

      // Section 2.2: the operational objectives as level-3 headings, in the plan's order, each
      // followed by its SMART elements.
      const level3 = paragraphs.filter((p) => p.style === 'Heading3').map((p) => p.text);
      const objectiveHeadings = DEMO_OBJECTIVES.map(
        (o) => level3.find((h) => h.endsWith(o.title)) ?? `missing: ${o.title}`,
      );
      expect(firstOutOfOrder(level3.join('\n'), objectiveHeadings)).toBeNull();
      const third = DEMO_OBJECTIVES[2]!;
      const smartOfThird = texts.slice(texts.findIndex((t) => t.endsWith(third.title)));
      expect(
        firstOutOfOrder(smartOfThird.join('\n'), [
          third.specific,
          third.indicator,
          third.unit,
          '20',
          '18',
        ]),
      ).toBeNull();

      // Section 3: instruments in the reader's language, actions with their resources and the
      // total without the cancelled action.
      const section3 = texts.slice(
        texts.indexOf(SECTION_HEADINGS[locale][2]!),
        texts.indexOf(SECTION_HEADINGS[locale][3]!),
      );
      const dilemmaTraining = CATALOGUE.find(
        (e) => e.id === 'ins.guide.training.dilemma-training',
      )!;
      expect(section3.some((t) => t.startsWith(dilemmaTraining.label[locale]))).toBe(true);
      for (const action of DEMO_BUNDLE.actions) expect(section3).toContain(action.title);
      expect(section3).toContain(formatEur(3200.5, locale));
      expect(section3).toContain(CANCELLED[locale]);
      expect(section3).toContain(formatEur(PLAN_BUDGET, locale));

      // Sections 4 to 7 carry the arrangements.
      expect(texts).toContain('Dienst integriteitsbewaking en toezicht (DIT)');
      expect(texts).toContain(
        'Steekproef van 5 % van de consultaties, getoetst aan het registratienummer van de opdracht.',
      );
      expect(texts).toContain('Politieraad en burgers');
    },
  );

  it(
    'writes a PDF with the same headings, in the same order, as the DOCX',
    { timeout: PDF_TIMEOUT_MS },
    async () => {
      const { docx: docxBytes, pdf: pdfBytes } = await documents(locale);
      const head = Buffer.from(pdfBytes.subarray(0, 8)).toString('latin1');
      expect(head.startsWith('%PDF-')).toBe(true);
      expect(Buffer.from(pdfBytes).toString('latin1')).toContain(`/Lang (${LANGUAGE_TAG[locale]})`);

      const body = pdfBody(pdfBytes, locale, DEMO_BUNDLE.plan.title);
      expect(firstOutOfOrder(body, SECTION_HEADINGS[locale].map(squeeze))).toBeNull();
      const headings = (await readDocx(docxBytes)).paragraphs
        .filter((p) => p.style !== null && /^(Title|Heading[123])$/.test(p.style))
        .map((p) => squeeze(p.text));
      expect(headings.length).toBeGreaterThan(20);
      expect(firstOutOfOrder(body, headings)).toBeNull();
      // No heading ends a page: none is directly followed by the page footer.
      const withFooters = squeeze(readPdf(pdfBytes).text);
      const footerStart = squeeze(`${DEMO_BUNDLE.plan.title} · `);
      expect(headings.filter((h) => withFooters.includes(h + footerStart))).toEqual([]);

      expect(body).toContain(squeeze(ADOPTION_DATE[locale]));
      for (const action of DEMO_BUNDLE.actions) expect(body).toContain(squeeze(action.title));
      expect(body).toContain(squeeze(formatEur(PLAN_BUDGET, locale)));
      expect(body).toContain(squeeze(DEMO_BUNDLE.plan.vision.ambition));
    },
  );
});

describe('plan document text from data', () => {
  // Unique words, so a PDF that drops any part of the text (a cell cut at the page end) is caught
  // whatever the order the pieces of a broken table row come out in.
  const longText = Array.from({ length: 900 }, (_, i) => `w${String(i).padStart(4, '0')}`).join(
    ' ',
  );
  const markup = "<w:t>bold</w:t> & <b>x</b> {date} '{x}' **y** </w:p>";
  const bundle: PlanBundle = {
    ...DEMO_BUNDLE,
    plan: {
      ...DEMO_BUNDLE.plan,
      title: 'Plan \u0001 2026',
      vision: { ...DEMO_BUNDLE.plan.vision, ambition: markup, needs: `Needs: ${longText}` },
    },
    actions: DEMO_BUNDLE.actions.map((a, i) => (i === 1 ? { ...a, description: longText } : a)),
  };

  it('puts markup-like text into DOCX runs as typed, keeps long texts whole and drops nothing', async () => {
    const docx = await readDocx(await buildPlanDocx(input('en', bundle)));
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain(markup);
    expect(docx.documentXml).toContain('&lt;w:t&gt;bold&lt;/w:t&gt; &amp; &lt;b&gt;x&lt;/b&gt;');
    expect(texts).toContain(longText);
    expect(texts).toContain(`Needs: ${longText}`);
    // A control character would make Word refuse the file: it is replaced, the rest is kept.
    expect(docx.documentXml).not.toContain('\u0001');
    expect(docx.paragraphs.find((p) => p.style === 'Title')?.text).toBe('Plan \uFFFD 2026');
  });

  it(
    'prints markup-like and long texts in the PDF as typed',
    { timeout: PDF_TIMEOUT_MS },
    async () => {
      const bytes = await buildPlanPdf(input('en', bundle));
      const words = new Set(readPdf(bytes).text.split(/\s+/));
      const missing = longText.split(' ').filter((word) => !words.has(word));
      expect(missing).toEqual([]);
      const body = pdfBody(bytes, 'en', 'Plan \uFFFD 2026');
      expect(body).toContain(squeeze(markup));
      expect(body).toContain(squeeze(`Needs: ${longText}`));
    },
  );

  it('reports progress up to the last step', { timeout: PDF_TIMEOUT_MS }, async () => {
    for (const steps of (await documents('nl')).progress) {
      expect(steps.map((s) => s.done)).toEqual([1, 2, 3]);
      expect(steps.every((s) => s.total === 3)).toBe(true);
    }
  });

  it('refuses a generation time without an offset', async () => {
    await expect(
      buildPlanDocx({ ...input('nl'), generatedAt: '2026-11-20T09:30:00' }),
    ).rejects.toThrow(RangeError);
  });
});
