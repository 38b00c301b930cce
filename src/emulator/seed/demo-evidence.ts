import { PERSONA_PROFILES } from '../auth/personas';
import { quickXorHash } from '../graph/quick-xor-hash';
import type { Db } from '../store/db';
import {
  clearDrives,
  drivesOfSite,
  putFile,
  restrictToOwners,
  setShareToken,
  type DriveItemRecord,
} from '../store/drive-store';
import type { SiteRecord } from '../store/model';

/**
 * Where `npm start` serves the emulator. Evidence links are absolute URLs in SharePoint, so the
 * seeded ones name this origin; the emulator resolves them on whatever port it runs.
 */
export const DEMO_ORIGIN = 'http://127.0.0.1:4010';

const FOLDER = ['Integriteit', 'Bewijsstukken'];
const LIBRARY_URL = `${DEMO_ORIGIN}/sites/pz-demo/Shared%20Documents/Integriteit/Bewijsstukken`;

/** The sharing token of the decision's "people in PZ Demo" link. */
const DECISION_SHARE_TOKEN = 'EZ7k2PdemoQ1bW3xBeslissingDC';

/** Links the seeded ratings carry: files of the Documents library of PZ Demo's Team site. */
export const DEMO_EVIDENCE_LINKS = {
  decision: `${LIBRARY_URL}/beslissing-directiecomite-2025-12.pdf`,
  registrations: `${LIBRARY_URL}/registraties-2025.csv`,
  /** The same decision through a sharing link (what "Copy link" gives). */
  decisionSharingLink: `${DEMO_ORIGIN}/:b:/s/pz-demo/${DECISION_SHARE_TOKEN}`,
  /** Only the owners may read it: a member's export lists it as forbidden. */
  confidential: `${LIBRARY_URL}/tuchtdossiers-2025-overzicht.txt`,
} as const;

/** A one-page PDF with a line of text: small, valid, and the same bytes on every reseed. */
function onePagePdf(line: string): Buffer {
  const stream = `BT /F1 12 Tf 72 760 Td (${line}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const FILES: readonly {
  readonly name: string;
  readonly bytes: Buffer;
  readonly at: string;
  readonly by: 'commander' | 'integrity-officer';
}[] = [
  {
    name: 'beslissing-directiecomite-2025-12.pdf',
    bytes: onePagePdf('PZ Demo - beslissing directiecomite 2025-12: integriteitsbeleid'),
    at: '2025-12-18T15:20:00Z',
    by: 'commander',
  },
  {
    name: 'registraties-2025.csv',
    bytes: Buffer.from(
      'maand;meldingen;giften_geregistreerd;nevenactiviteiten\n2025-01;1;4;2\n2025-06;0;7;3\n2025-12;2;12;1\n',
      'utf8',
    ),
    at: '2026-01-08T09:45:00Z',
    by: 'integrity-officer',
  },
  {
    name: 'tuchtdossiers-2025-overzicht.txt',
    bytes: Buffer.from('Overzicht tuchtdossiers 2025 (vertrouwelijk): 3 dossiers, 1 lopend.\n'),
    at: '2026-01-09T11:00:00Z',
    by: 'commander',
  },
];

/**
 * Empties the site's libraries and, with `withFiles`, puts PZ Demo's evidence in its Documents
 * library: the decision (also shared by link), the registrations, and an owners-only overview.
 */
export function seedDemoEvidence(db: Db, site: SiteRecord, withFiles: boolean): void {
  clearDrives(db);
  if (!withFiles) return;
  const drive = drivesOfSite(db, site)[0];
  if (drive === undefined) throw new Error('the demo site has no Documents library');
  const stored: DriveItemRecord[] = FILES.map((file) => {
    const outcome = putFile(db, drive, {
      segments: [...FOLDER, file.name],
      bytes: file.bytes,
      quickXorHash: quickXorHash(file.bytes),
      at: file.at,
      userId: PERSONA_PROFILES[file.by].siteUserId,
    });
    if (outcome.type === 'conflict') throw new Error(`seeding ${file.name}: ${outcome.reason}`);
    return outcome.item;
  });
  const [decision, , confidential] = stored;
  if (decision !== undefined) setShareToken(db, decision, DECISION_SHARE_TOKEN);
  if (confidential !== undefined) restrictToOwners(db, confidential);
}
