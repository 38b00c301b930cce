import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type Browser } from './chromium';

// The browser every e2e test and the bench drive reaches the loopback origin only: tests never
// reach the network, whatever a page (or a library in it, like teams-js' CDN fetch) asks for.

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    res.end('loopback');
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
});

describe('the test browser', () => {
  it('reaches the loopback origin and nothing else', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/`);
    const outcomes = await page.evaluate(
      async (urls) => {
        const outcome = async (url: string): Promise<string> => {
          try {
            return await (await fetch(url, { mode: 'no-cors' })).text();
          } catch {
            return 'refused';
          }
        };
        return Promise.all(urls.map(outcome));
      },
      [
        `${origin}/again`,
        'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json',
        'http://example.com/',
        // An address needs no name resolution: the proxy is what refuses it.
        'http://10.20.30.40/',
      ],
    );
    expect(outcomes).toEqual(['loopback', 'refused', 'refused', 'refused']);
    await page.close();
  });
});
