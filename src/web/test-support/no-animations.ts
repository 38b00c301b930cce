import { afterAll, beforeAll } from 'vitest';

/**
 * Turns the Web Animations API off for a test file. happy-dom cancels a Fluent Dialog's running
 * open or close animation when the dialog unmounts, and the cancelled animation rejects with no
 * handler; without the API Fluent shows and hides dialogs at once, which tests do not mind.
 */
export function withoutAnimations(): void {
  const animate = Object.getOwnPropertyDescriptor(window.Element.prototype, 'animate');
  beforeAll(() => {
    Object.defineProperty(window.Element.prototype, 'animate', {
      configurable: true,
      value: undefined,
    });
  });
  afterAll(() => {
    if (animate !== undefined) Object.defineProperty(window.Element.prototype, 'animate', animate);
  });
}
