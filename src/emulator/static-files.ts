import sirv from 'sirv';
import type { RouteModule } from './server';

/**
 * Serves a built front end (the tab, `dist/web`) from the emulator's own origin, as the tab is
 * served beside Graph in local mode. Only requests no emulator route claims reach it; a file it
 * does not have falls through to the emulator (which answers as Graph would for an unknown path).
 */
export function staticFiles(directory: string): RouteModule {
  const serve = sirv(directory, { dev: false, etag: true, single: false });
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
