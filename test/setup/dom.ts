import { afterEach } from 'vitest';

// Component tests opt into a DOM per file (`// @vitest-environment happy-dom`); node-only test
// files skip loading React Testing Library altogether.
if (typeof document !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup, configure } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
  });
  // Screens load lazily (one chunk each); on two busy cores the first import of a chunk in a test
  // file can take longer than Testing Library's default 1 s wait.
  configure({ asyncUtilTimeout: 5_000 });

  // happy-dom lays nothing out, so <body> measures 0×0; tabster (Fluent's focus manager, behind
  // arrow keys in tab lists and menus) takes such a page for a hidden iframe and moves no focus.
  // A viewport-sized body is all it needs; no other element's geometry changes.
  Object.defineProperty(window.HTMLBodyElement.prototype, 'getBoundingClientRect', {
    configurable: true,
    value(): DOMRect {
      return new window.DOMRect(0, 0, window.innerWidth || 1024, window.innerHeight || 768);
    },
  });
}
