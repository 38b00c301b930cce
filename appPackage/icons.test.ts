import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  COLOR_ICON_SIZE,
  OUTLINE_ICON_SIZE,
  drawColorIcon,
  drawOutlineIcon,
} from '../scripts/make-icons';

// Teams rejects or mangles icons that break these rules, and its offline schema does not check
// them (a 192×192 outline passes `atk validate`), so the package carries its own checks.

function readIcon(name: string): PNG {
  return PNG.sync.read(readFileSync(new URL(`./${name}`, import.meta.url)));
}

function pixels(png: PNG): { r: number; g: number; b: number; a: number }[] {
  const all: { r: number; g: number; b: number; a: number }[] = [];
  for (let i = 0; i < png.data.length; i += 4) {
    all.push({
      r: png.data[i] ?? 0,
      g: png.data[i + 1] ?? 0,
      b: png.data[i + 2] ?? 0,
      a: png.data[i + 3] ?? 0,
    });
  }
  return all;
}

describe('color.png', () => {
  const icon = readIcon('color.png');

  it('is 192×192', () => {
    expect([icon.width, icon.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
  });

  it('is fully opaque', () => {
    expect(pixels(icon).filter((p) => p.a !== 255)).toHaveLength(0);
  });

  it('is full colour, not a white-on-transparent glyph', () => {
    const colours = new Set(pixels(icon).map((p) => `${p.r},${p.g},${p.b}`));
    expect(colours.size).toBeGreaterThan(2);
    expect(colours.has('31,78,121')).toBe(true);
  });

  it('is what scripts/make-icons.ts draws', () => {
    expect(Buffer.compare(icon.data, drawColorIcon().data)).toBe(0);
  });
});

describe('outline.png', () => {
  const icon = readIcon('outline.png');

  it('is 32×32', () => {
    expect([icon.width, icon.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
  });

  it('has only fully transparent or white pixels', () => {
    const offenders = pixels(icon).filter(
      (p) => p.a > 0 && (p.r !== 255 || p.g !== 255 || p.b !== 255),
    );
    expect(offenders).toHaveLength(0);
  });

  it('has a transparent background and a visible glyph', () => {
    const all = pixels(icon);
    expect(all[0]?.a).toBe(0);
    expect(all.filter((p) => p.a === 0).length).toBeGreaterThan(all.length / 2);
    expect(all.filter((p) => p.a === 255).length).toBeGreaterThan(40);
  });

  it('is what scripts/make-icons.ts draws', () => {
    expect(Buffer.compare(icon.data, drawOutlineIcon().data)).toBe(0);
  });
});
