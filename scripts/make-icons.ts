import { writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PNG } from 'pngjs';

// Draws the two Teams app icons from geometry, so the artwork is reviewable as code and the PNGs
// in appPackage/ can always be regenerated bit for bit (`npx tsx scripts/make-icons.ts`).
// appPackage/icons.test.ts checks the committed files against what this script draws.

/** The manifest's accentColor; Teams also paints it behind the colour icon in some places. */
export const ACCENT_COLOR = '#1F4E79';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

type Point = readonly [x: number, y: number];
type Rgb = readonly [r: number, g: number, b: number];

/** Sub-samples per pixel side: 8×8 gives smooth edges without any drawing library. */
const SUPERSAMPLING = 8;

/** Half a pixel's diagonal: a pixel whose centre is farther than this from every edge is uniform. */
const HALF_DIAGONAL = Math.SQRT1_2;

function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (match === null) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [
    Number.parseInt(match[1] ?? '', 16),
    Number.parseInt(match[2] ?? '', 16),
    Number.parseInt(match[3] ?? '', 16),
  ];
}

function quadratic(from: Point, control: Point, to: Point, steps: number): Point[] {
  const points: Point[] = [];
  for (let i = 1; i <= steps; i += 1) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([
      a * from[0] + b * control[0] + c * to[0],
      a * from[1] + b * control[1] + c * to[1],
    ]);
  }
  return points;
}

/**
 * The shield in a unit box (x right, y down): a shallow crest on top, straight sides, and two
 * curves meeting in the point at the bottom.
 */
function unitShield(): Point[] {
  const topLeft: Point = [0, 0.12];
  const crest: Point = [0.5, 0];
  const topRight: Point = [1, 0.12];
  const rightShoulder: Point = [1, 0.5];
  const tip: Point = [0.5, 1];
  const leftShoulder: Point = [0, 0.5];
  return [
    topLeft,
    crest,
    topRight,
    rightShoulder,
    ...quadratic(rightShoulder, [0.97, 0.86], tip, 24),
    ...quadratic(tip, [0.03, 0.86], leftShoulder, 24),
  ];
}

/** The check mark's stroke in the shield's unit box. */
const UNIT_CHECK: readonly Point[] = [
  [0.25, 0.52],
  [0.43, 0.7],
  [0.76, 0.35],
];

type Placement = {
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
  readonly h: number;
};

function place(points: readonly Point[], at: Placement): Point[] {
  return points.map(([u, v]) => [at.cx + (u - 0.5) * at.w, at.cy + (v - 0.5) * at.h] as const);
}

function insidePolygon(polygon: readonly Point[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i] ?? [0, 0];
    const [xj, yj] = polygon[j] ?? [0, 0];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x: number, y: number, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy) / lengthSquared));
  return Math.hypot(x - (a[0] + t * dx), y - (a[1] + t * dy));
}

function distanceToPath(x: number, y: number, path: readonly Point[], closed: boolean): number {
  let best = Number.POSITIVE_INFINITY;
  const last = closed ? path.length : path.length - 1;
  for (let i = 0; i < last; i += 1) {
    const a = path[i] ?? [0, 0];
    const b = path[(i + 1) % path.length] ?? [0, 0];
    best = Math.min(best, distanceToSegment(x, y, a, b));
  }
  return best;
}

/**
 * Fractions (0–1) of the pixel's sub-samples that `classify` puts in layer 1 and in layer 2 (a
 * sample in layer 2 is also in layer 1). One pass per pixel keeps the script and its test fast.
 */
function coverage(
  px: number,
  py: number,
  classify: (x: number, y: number) => 0 | 1 | 2,
): readonly [layer1: number, layer2: number] {
  let layer1 = 0;
  let layer2 = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
      const layer = classify(px + (sx + 0.5) / SUPERSAMPLING, py + (sy + 0.5) / SUPERSAMPLING);
      if (layer >= 1) layer1 += 1;
      if (layer === 2) layer2 += 1;
    }
  }
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  return [layer1 / samples, layer2 / samples];
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return [
    from[0] + (to[0] - from[0]) * amount,
    from[1] + (to[1] - from[1]) * amount,
    from[2] + (to[2] - from[2]) * amount,
  ];
}

const WHITE: Rgb = [255, 255, 255];

/** Whether no edge of the shield or the check stroke passes through the pixel (x, y). */
function pixelIsUniform(
  x: number,
  y: number,
  shield: readonly Point[],
  check: readonly Point[],
  checkHalfWidth: number,
): boolean {
  const cx = x + 0.5;
  const cy = y + 0.5;
  return (
    distanceToPath(cx, cy, shield, true) > HALF_DIAGONAL &&
    Math.abs(distanceToPath(cx, cy, check, false) - checkHalfWidth) > HALF_DIAGONAL
  );
}

/** The layers of a uniform pixel, read at its centre: what every sub-sample would give. */
function uniformLayers(
  cx: number,
  cy: number,
  shield: readonly Point[],
  check: readonly Point[],
  checkHalfWidth: number,
): readonly [number, number] {
  if (!insidePolygon(shield, cx, cy)) return [0, 0];
  return [1, distanceToPath(cx, cy, check, false) <= checkHalfWidth ? 1 : 0];
}

/**
 * The 192×192 colour icon: a white shield with an accent-coloured check mark on an opaque accent
 * background. The shield keeps to the middle ~120 px, the safe area Teams crops and rounds around.
 */
export function drawColorIcon(): PNG {
  const size = COLOR_ICON_SIZE;
  const accent = hexToRgb(ACCENT_COLOR);
  const at: Placement = { cx: size / 2, cy: size / 2, w: size * 0.52, h: size * 0.64 };
  const shield = place(unitShield(), at);
  const check = place(UNIT_CHECK, at);
  const checkHalfWidth = at.w * 0.075;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [inShield, inCheck] = pixelIsUniform(x, y, shield, check, checkHalfWidth)
        ? uniformLayers(x + 0.5, y + 0.5, shield, check, checkHalfWidth)
        : coverage(x, y, (sx, sy) => {
            if (!insidePolygon(shield, sx, sy)) return 0;
            return distanceToPath(sx, sy, check, false) <= checkHalfWidth ? 2 : 1;
          });
      const [r, g, b] = mix(mix(accent, WHITE, inShield), accent, inCheck);
      const offset = (y * size + x) * 4;
      png.data[offset] = Math.round(r);
      png.data[offset + 1] = Math.round(g);
      png.data[offset + 2] = Math.round(b);
      png.data[offset + 3] = 255;
    }
  }
  return png;
}

/**
 * The 32×32 outline icon: the same shield and check as white strokes on a transparent background,
 * as Teams requires (it tints the outline itself). Edges are smoothed through alpha only, so every
 * visible pixel stays pure white.
 */
export function drawOutlineIcon(): PNG {
  const size = OUTLINE_ICON_SIZE;
  const at: Placement = { cx: size / 2, cy: size / 2, w: size * 0.72, h: size * 0.9 };
  const shield = place(unitShield(), at);
  const check = place(UNIT_CHECK, at);
  // Strokes of about 2 px: thinner ones vanish in Teams' 16–20 px renderings.
  const strokeWidth = 2;
  const checkHalfWidth = 1.1;
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const [ink] = coverage(x, y, (sx, sy) => {
        if (!insidePolygon(shield, sx, sy)) return 0;
        const onStroke =
          distanceToPath(sx, sy, shield, true) <= strokeWidth ||
          distanceToPath(sx, sy, check, false) <= checkHalfWidth;
        return onStroke ? 1 : 0;
      });
      const offset = (y * size + x) * 4;
      const alpha = Math.round(ink * 255);
      const value = alpha === 0 ? 0 : 255;
      png.data[offset] = value;
      png.data[offset + 1] = value;
      png.data[offset + 2] = value;
      png.data[offset + 3] = alpha;
    }
  }
  return png;
}

/** Both icons as PNG bytes, keyed by their file name in appPackage/. */
export function renderIcons(): Readonly<Record<'color.png' | 'outline.png', Buffer>> {
  return {
    'color.png': PNG.sync.write(drawColorIcon()),
    'outline.png': PNG.sync.write(drawOutlineIcon()),
  };
}

async function main(): Promise<void> {
  const appPackage = new URL('../appPackage/', import.meta.url);
  for (const [name, bytes] of Object.entries(renderIcons())) {
    const target = new URL(name, appPackage);
    await writeFile(target, bytes);
    console.info(`Wrote ${fileURLToPath(target)} (${bytes.length} bytes)`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
