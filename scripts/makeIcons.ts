/**
 * Draws the add-in's icons (assets/icon-16.png … icon-80.png): a green sheet with the rows of a
 * table and a total bar, at each size Office asks for.
 *
 *   npm run icons
 */
import { writeFileSync } from "fs";
import path from "path";
import { deflateSync } from "zlib";

const SIZES = [16, 32, 64, 80];
const GREEN: Rgba = [33, 115, 70, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const GOLD: Rgba = [255, 196, 0, 255];
const CLEAR: Rgba = [0, 0, 0, 0];
type Rgba = [number, number, number, number];

function pixel(x: number, y: number, size: number): Rgba {
  const u = (x + 0.5) / size;
  const v = (y + 0.5) / size;
  const margin = 0.06;
  if (u < margin || u > 1 - margin || v < margin || v > 1 - margin) return CLEAR;
  const inner = u > 0.2 && u < 0.8;
  const line = Math.max(1 / size, 0.06);
  for (const rowLine of [0.3, 0.45, 0.6])
    if (inner && Math.abs(v - rowLine) < line / 2) return WHITE;
  if (inner && v > 0.7 && v < 0.7 + Math.max(2 / size, 0.1)) return GOLD;
  if (Math.abs(u - 0.36) < line / 2 && v > 0.24 && v < 0.66) return WHITE;
  return GREEN;
}

function png(size: number): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // no filter
    for (let x = 0; x < size; x++) {
      Buffer.from(pixel(x, y, size)).copy(raw, y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const assets = path.resolve(__dirname, "..", "assets");
for (const size of SIZES) writeFileSync(path.join(assets, `icon-${size}.png`), png(size));
