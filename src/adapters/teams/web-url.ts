/**
 * Parses a link the tab is asked to open and accepts only http(s): a `javascript:` or `data:` URL
 * taken from list data must never reach `window.open` or the host.
 */
export function toWebUrl(candidate: string): URL {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    throw new Error('Deep link rejected: not an absolute URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`Deep link rejected: the ${url.protocol} scheme is not allowed.`);
  }
  return url;
}
