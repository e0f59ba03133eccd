// Draws resources/icon.png (512x512 RGBA) with Node built-ins only: the icon is source, not a
// binary someone has to find an editor for. Run: node resources/make-icon.mjs
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SIZE = 512;
const SUBSAMPLES = 4;

const BLUE_TOP = [22, 119, 255];
const BLUE_BOTTOM = [9, 88, 217];
const WHITE = [255, 255, 255];
const PALE = [214, 228, 255];

function insideRoundedSquare(x, y, inset, radius) {
  const min = inset;
  const max = SIZE - inset;
  if (x < min || x > max || y < min || y > max) return false;
  const cx = Math.min(Math.max(x, min + radius), max - radius);
  const cy = Math.min(Math.max(y, min + radius), max - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function inRect(x, y, left, top, right, bottom) {
  return x >= left && x < right && y >= top && y < bottom;
}

/** A sales-office tower with lit windows, beside a low pavilion, over the front-desk counter. */
function colorAt(x, y) {
  if (!insideRoundedSquare(x, y, 16, 96)) return null;
  const t = y / SIZE;
  const background = BLUE_TOP.map((top, i) => Math.round(top + (BLUE_BOTTOM[i] - top) * t));
  if (inRect(x, y, 96, 392, 416, 420)) return WHITE;
  if (inRect(x, y, 192, 112, 344, 392)) {
    const col = Math.floor((x - 210) / 40);
    const row = Math.floor((y - 136) / 44);
    const wx = (x - 210) % 40;
    const wy = (y - 136) % 44;
    const isWindow = col >= 0 && col < 3 && row >= 0 && row < 5 && wx < 36 && wy < 28 && x >= 210 && y >= 136;
    return isWindow ? background : WHITE;
  }
  if (inRect(x, y, 120, 240, 184, 392)) {
    const isWindow = inRect(x, y, 136, 264, 168, 292) || inRect(x, y, 136, 312, 168, 340);
    return isWindow ? background : PALE;
  }
  if (inRect(x, y, 352, 288, 392, 392)) return PALE;
  return background;
}

function pixels() {
  const rows = Buffer.alloc((SIZE * 4 + 1) * SIZE);
  const step = 1 / SUBSAMPLES;
  for (let y = 0; y < SIZE; y++) {
    const rowStart = y * (SIZE * 4 + 1);
    rows[rowStart] = 0; // PNG filter type "None"
    for (let x = 0; x < SIZE; x++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const color = colorAt(x + (sx + 0.5) * step, y + (sy + 0.5) * step);
          if (!color) continue;
          r += color[0];
          g += color[1];
          b += color[2];
          covered++;
        }
      }
      const at = rowStart + 1 + x * 4;
      if (covered > 0) {
        rows[at] = Math.round(r / covered);
        rows[at + 1] = Math.round(g / covered);
        rows[at + 2] = Math.round(b / covered);
      }
      rows[at + 3] = Math.round((255 * covered) / SUBSAMPLES ** 2);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(pixels(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'icon.png');
fs.writeFileSync(out, png());
