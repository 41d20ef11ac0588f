/**
 * Draws Skillgap's icon (three rising steps with a gap, on the theme's teal) and writes it at
 * every size the installers need: PNGs for Linux, icon.ico for Windows, icon.icns for macOS.
 * Run with `npx tsx scripts/make-icons.ts`; the output in assets/icons is committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const OUT = 'assets/icons';
const BACKGROUND = [23, 146, 131];
const FOREGROUND = [255, 255, 255];
const SUPERSAMPLE = 4;

/** Coverage of the unit square [0,1]² at (x, y): 1 inside the drawing, 0 outside. */
function inside(x: number, y: number): { background: boolean; foreground: boolean } {
  const radius = 0.2;
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  const background = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  const steps = [
    { left: 0.2, right: 0.36, top: 0.6 },
    { left: 0.42, right: 0.58, top: 0.42 },
    { left: 0.64, right: 0.8, top: 0.22 },
  ];
  const foreground = steps.some((step) => x >= step.left && x <= step.right && y >= step.top && y <= 0.8);
  return { background, foreground };
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const hit = inside((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          if (hit.background) bg++;
          if (hit.background && hit.foreground) fg++;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = bg / samples;
      const mix = bg === 0 ? 0 : fg / bg;
      const offset = 1 + px * 4;
      for (let channel = 0; channel < 3; channel++) {
        row[offset + channel] = Math.round(BACKGROUND[channel] * (1 - mix) + FOREGROUND[channel] * mix);
      }
      row[offset + 3] = Math.round(alpha * 255);
    }
    rows.push(row);
  }
  return encodePng(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO with embedded PNG images (supported since Windows Vista). */
function encodeIco(images: Array<{ size: number; png: Buffer }>): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** ICNS with PNG payloads: ic07 128, ic08 256, ic09 512, ic10 1024 (512@2x). */
function encodeIcns(images: Record<string, Buffer>): Buffer {
  const blocks = Object.entries(images).map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(blocks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

mkdirSync(OUT, { recursive: true });
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const pngs = new Map(sizes.map((size) => [size, render(size)]));
for (const [size, png] of pngs) writeFileSync(`${OUT}/${size}x${size}.png`, png);
writeFileSync(`${OUT}/icon.png`, pngs.get(1024)!);
writeFileSync(
  `${OUT}/icon.ico`,
  encodeIco([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size)! }))),
);
writeFileSync(
  `${OUT}/icon.icns`,
  encodeIcns({ ic07: pngs.get(128)!, ic08: pngs.get(256)!, ic09: pngs.get(512)!, ic10: pngs.get(1024)! }),
);
console.log(`wrote ${sizes.length} PNGs, icon.ico and icon.icns to ${OUT}`);
