/** What a download needs from the page; tests and other hosts can pass their own. */
export type DownloadHost = {
  readonly document: Document;
  readonly url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  readonly setTimeout: (callback: () => void, ms: number) => unknown;
};

function browserHost(): DownloadHost {
  return {
    document,
    url: URL,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  };
}

/**
 * Saves bytes as a file: a Blob behind an object URL, clicked through a temporary link with the
 * `download` name. Works inside the Teams frame (no pop-up, no navigation). The URL is revoked a
 * moment later, once the browser has started the download, so the memory is given back.
 */
export function downloadFile(
  file: { readonly fileName: string; readonly mimeType: string; readonly bytes: Uint8Array },
  host: DownloadHost = browserHost(),
): void {
  // A copy into a fresh ArrayBuffer: a view on a larger (or shared) buffer would save it whole.
  const blob = new Blob([file.bytes.slice()], { type: file.mimeType });
  const href = host.url.createObjectURL(blob);
  const link = host.document.createElement('a');
  link.href = href;
  link.download = file.fileName;
  link.hidden = true;
  host.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    host.setTimeout(() => {
      host.url.revokeObjectURL(href);
    }, 1000);
  }
}
