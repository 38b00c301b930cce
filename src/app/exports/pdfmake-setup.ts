import type * as PdfMakeModule from 'pdfmake';
import type { TVirtualFileSystem } from 'pdfmake/interfaces';
import { moduleDefault } from './export-format';

/** The font family every PDF export uses; registered from pdfmake's own font files. */
export const PDF_FONT = 'Roboto';

type PdfMake = typeof PdfMakeModule;

/**
 * What pdfmake offers beyond its typings. Its browser build (the `browser` field, picked by Vite)
 * has `addVirtualFileSystem`; its Node build has neither that nor the typed font-container helpers,
 * only the `virtualfs` both builds share, and `setLocalAccessPolicy`.
 */
type PdfMakeInternals = {
  readonly addVirtualFileSystem?: (vfs: TVirtualFileSystem) => void;
  readonly virtualfs?: {
    writeFileSync(name: string, content: string, encoding: 'base64'): void;
  };
  readonly setLocalAccessPolicy?: (allow: (path: string) => boolean) => void;
};

const FONT_FILES = [
  'Roboto-Regular.ttf',
  'Roboto-Medium.ttf',
  'Roboto-Italic.ttf',
  'Roboto-MediumItalic.ttf',
] as const;

/**
 * The font files from pdfmake's `vfs_fonts` module, whichever way it arrives (Node hands the
 * CommonJS object over on `default`, bundlers may not); checked, since a missing font would only
 * fail later, in the middle of a layout.
 */
function fontFiles(module: unknown): TVirtualFileSystem {
  const candidate: unknown =
    typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
  if (typeof candidate !== 'object' || candidate === null) {
    throw new Error('pdfmake/build/vfs_fonts.js did not load');
  }
  const files = candidate as Readonly<Record<string, unknown>>;
  for (const name of FONT_FILES) {
    if (typeof files[name] !== 'string') throw new Error(`pdfmake's fonts lack ${name}`);
  }
  return files as TVirtualFileSystem;
}

let loading: Promise<PdfMake> | null = null;

async function load(): Promise<PdfMake> {
  const pdfMake = moduleDefault(await import('pdfmake'));
  // Roboto as base64 TrueType files (about 0.8 MB): bundled with pdfmake, so no font is fetched
  // from a network and Node needs no font files on disk. Unlike the 14 standard PDF fonts (which
  // only cover Windows-1252), Roboto also prints names such as "Łukasz" or "Öztürk".
  const vfs = fontFiles(await import('pdfmake/build/vfs_fonts.js'));
  const internals = pdfMake as unknown as PdfMakeInternals;
  if (internals.addVirtualFileSystem !== undefined) {
    internals.addVirtualFileSystem(vfs);
  } else if (internals.virtualfs !== undefined) {
    for (const [name, data] of Object.entries(vfs)) {
      internals.virtualfs.writeFileSync(name, data, 'base64');
    }
  } else {
    throw new Error('pdfmake offers no virtual file system to register its fonts in');
  }
  pdfMake.setFonts({
    [PDF_FONT]: {
      normal: FONT_FILES[0],
      bold: FONT_FILES[1],
      italics: FONT_FILES[2],
      bolditalics: FONT_FILES[3],
    },
  });
  // The documents embed no images or remote resources; refusing every URL and local path means a
  // text from the plan can never make pdfmake fetch or read anything (and silences its warnings).
  pdfMake.setUrlAccessPolicy(() => false);
  internals.setLocalAccessPolicy?.(() => false);
  return pdfMake;
}

/**
 * pdfmake with Roboto registered, loaded once per process or page. A failed load is not cached,
 * so the next export tries again (e.g. after a network hiccup while the tab fetched the chunk).
 */
export function loadPdfMake(): Promise<PdfMake> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
