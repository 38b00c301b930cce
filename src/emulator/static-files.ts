import sirv from 'sirv';
import type { RouteModule } from './server';

/**
 * Local mode's content security policy for the tab: every connection stays on the emulator's
 * origin. It is what keeps teams-js's `validDomains.json` fetch (to res.cdn.office.net, made when
 * the SDK loads) from leaving the machine: the browser blocks it, and teams-js falls back to its
 * bundled list, as it does offline. The tenant build has its own policy (infra/).
 */
export const LOCAL_TAB_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'self'; object-src 'none'; base-uri 'self'";

/**
 * Serves a built front end (the tab, `dist/web`) from the emulator's own origin, as the tab is
 * served beside Graph in local mode. Only requests no emulator route claims reach it; a file it
 * does not have falls through to the emulator (which answers as Graph would for an unknown path).
 */
export function staticFiles(directory: string): RouteModule {
  const serve = sirv(directory, {
    dev: false,
    etag: true,
    single: false,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', LOCAL_TAB_CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  });
  return (ctx) => {
    ctx.router.node(
      '/',
      (req, res) =>
        new Promise<boolean>((resolve) => {
          res.once('finish', () => {
            resolve(true);
          });
          serve(req, res, () => {
            resolve(false);
          });
        }),
    );
  };
}
