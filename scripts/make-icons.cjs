#!/usr/bin/env node
/*
 * Draws the add-in icon (two overlapping dice: an orange one behind, a blue one in front) and
 * writes assets/icon-16.png, icon-20.png … icon-128.png (20 px: the ribbon at 125 % scaling). No image library: shapes are evaluated per pixel with
 * 4×4 supersampling for anti-aliasing, and the PNG (RGBA, 8 bit) is encoded with zlib.
 * Deterministic: the same Node version writes the same bytes.
 *
 *   node scripts/make-icons.cjs [outDir]
 */
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 20, 32, 64, 80, 128];

const BLUE = [15, 108, 189]; // Fluent brand blue
const ORANGE = [232, 101, 28]; // emergency-management orange
const WHITE = [255, 255, 255];

/** Signed-distance-ish test: is (x, y) inside a rounded square? All coordinates in [0, 1]. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  const dx = x - cx;
  const dy = y - cy;
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
}

function inCircle(x, y, cx, cy, r) {
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r * r;
}

const BACK = { x0: 0.03, y0: 0.03, x1: 0.63, y1: 0.63, r: 0.12 };
const FRONT = { x0: 0.37, y0: 0.37, x1: 0.97, y1: 0.97, r: 0.12 };
const GAP = 0.06;
const PIP = 0.062;
const BACK_PIPS = [
  [0.17, 0.17],
  [0.49, 0.17],
  [0.17, 0.49],
];
const FRONT_PIPS = [
  [0.52, 0.52],
  [0.67, 0.67],
  [0.82, 0.82],
];

/** Colour of one sample point, or null for transparent. */
function sample(x, y) {
  const f = FRONT;
  if (inRoundedRect(x, y, f.x0, f.y0, f.x1, f.y1, f.r)) {
    return FRONT_PIPS.some(([px, py]) => inCircle(x, y, px, py, PIP)) ? WHITE : BLUE;
  }
  // a transparent moat around the front die separates it from the one behind
  if (inRoundedRect(x, y, f.x0 - GAP, f.y0 - GAP, f.x1 + GAP, f.y1 + GAP, f.r + GAP)) return null;
  const b = BACK;
  if (inRoundedRect(x, y, b.x0, b.y0, b.x1, b.y1, b.r)) {
    return BACK_PIPS.some(([px, py]) => inCircle(x, y, px, py, PIP)) ? WHITE : ORANGE;
  }
  return null;
}

/** RGBA pixels (straight alpha) of a size×size icon. */
function render(size) {
  const ss = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const c = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        pixels[o] = Math.round(r / a);
        pixels[o + 1] = Math.round(g / a);
        pixels[o + 2] = Math.round(b / a);
        pixels[o + 3] = Math.round((255 * a) / (ss * ss));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter type: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} ${size}×${size}`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, render, SIZES };
