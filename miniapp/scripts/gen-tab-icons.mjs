// Draws the four tab-bar icons (normal + selected) as tiny anti-aliased PNGs into src/assets/tab/.
// Run once: node scripts/gen-tab-icons.mjs (the PNGs are committed; no image library needed).
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 81; // WeChat recommends 81 × 81 px tab icons
const OUT = join(dirname(fileURLToPath(import.meta.url)), '../src/assets/tab');
const GREY = [122, 127, 135];
const BLUE = [22, 104, 220];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(rgba, w, h) {
  const raw = Buffer.alloc((w * 4 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0;
    rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Primitives in a 0..1 coordinate space; each returns true when (x, y) is inked.
const seg = (ax, ay, bx, by, w) => (x, y) => {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy) <= w / 2;
};
const poly = (pts, w) => {
  const segs = pts.slice(0, -1).map((p, i) => seg(p[0], p[1], pts[i + 1][0], pts[i + 1][1], w));
  return (x, y) => segs.some((s) => s(x, y));
};
const ring = (cx, cy, r, w) => (x, y) => Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const rrect = (x0, y0, x1, y1, r) => (x, y) => {
  const qx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const qy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && Math.hypot(qx, qy) <= r;
};
const rrectStroke = (x0, y0, x1, y1, r, w) => {
  const outer = rrect(x0 - w / 2, y0 - w / 2, x1 + w / 2, y1 + w / 2, r + w / 2);
  const inner = rrect(x0 + w / 2, y0 + w / 2, x1 - w / 2, y1 - w / 2, Math.max(0, r - w / 2));
  return (x, y) => outer(x, y) && !inner(x, y);
};
const arcTop = (cx, cy, r, w) => (x, y) => y <= cy && ring(cx, cy, r, w)(x, y);
const union =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));

const W = 0.075;
const icons = {
  home: union(
    poly(
      [
        [0.12, 0.48],
        [0.5, 0.14],
        [0.88, 0.48],
      ],
      W,
    ),
    poly(
      [
        [0.22, 0.42],
        [0.22, 0.86],
        [0.78, 0.86],
        [0.78, 0.42],
      ],
      W,
    ),
    poly(
      [
        [0.42, 0.86],
        [0.42, 0.62],
        [0.58, 0.62],
        [0.58, 0.86],
      ],
      W,
    ),
  ),
  grid: union(
    rrectStroke(0.14, 0.14, 0.44, 0.44, 0.06, W),
    rrectStroke(0.56, 0.14, 0.86, 0.44, 0.06, W),
    rrectStroke(0.14, 0.56, 0.44, 0.86, 0.06, W),
    rrectStroke(0.56, 0.56, 0.86, 0.86, 0.06, W),
  ),
  inbox: union(
    rrectStroke(0.2, 0.16, 0.8, 0.88, 0.07, W),
    rrect(0.36, 0.1, 0.64, 0.22, 0.04),
    seg(0.33, 0.42, 0.67, 0.42, W),
    seg(0.33, 0.57, 0.67, 0.57, W),
    seg(0.33, 0.72, 0.54, 0.72, W),
  ),
  me: union(ring(0.5, 0.34, 0.17, W), arcTop(0.5, 0.92, 0.34, W), seg(0.16, 0.92, 0.84, 0.92, W)),
};

mkdirSync(OUT, { recursive: true });
const SS = 4;
for (const [name, f] of Object.entries(icons)) {
  for (const [suffix, color] of [
    ['', GREY],
    ['-on', BLUE],
  ]) {
    const buf = Buffer.alloc(SIZE * SIZE * 4);
    for (let py = 0; py < SIZE; py++) {
      for (let px = 0; px < SIZE; px++) {
        let hit = 0;
        for (let sy = 0; sy < SS; sy++)
          for (let sx = 0; sx < SS; sx++) if (f((px + (sx + 0.5) / SS) / SIZE, (py + (sy + 0.5) / SS) / SIZE)) hit++;
        const o = (py * SIZE + px) * 4;
        buf[o] = color[0];
        buf[o + 1] = color[1];
        buf[o + 2] = color[2];
        buf[o + 3] = Math.round((255 * hit) / (SS * SS));
      }
    }
    const file = join(OUT, `${name}${suffix}.png`);
    const data = png(buf, SIZE, SIZE);
    writeFileSync(file, data);
    console.log(`${name}${suffix}.png ${data.length} B`);
  }
}
