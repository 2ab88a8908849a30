/** The tables of "slicing by 8", made when first needed. */
let crcTables: Int32Array | undefined;

/**
 * CRC-32 of the zip format, eight bytes a step: `crc` carried on over `chunk`. Start from -1; the
 * checksum is `~crc >>> 0` after the last chunk.
 */
export function crc32(crc: number, chunk: Uint8Array): number {
  const t = (crcTables ??= makeCrcTables());
  let c = crc;
  let i = 0;
  for (const end8 = chunk.length - 8; i <= end8; i += 8) {
    const low = c ^ (chunk[i] | (chunk[i + 1] << 8) | (chunk[i + 2] << 16) | (chunk[i + 3] << 24));
    c =
      t[1792 + (low & 0xff)] ^
      t[1536 + ((low >>> 8) & 0xff)] ^
      t[1280 + ((low >>> 16) & 0xff)] ^
      t[1024 + (low >>> 24)] ^
      t[768 + chunk[i + 4]] ^
      t[512 + chunk[i + 5]] ^
      t[256 + chunk[i + 6]] ^
      t[chunk[i + 7]];
  }
  for (; i < chunk.length; i++) c = t[(c ^ chunk[i]) & 0xff] ^ (c >>> 8);
  return c;
}

/** The finished CRC-32 of `data` carried on from `previous`, a finished one (0 to start). */
export function carriedCrc32(data: Uint8Array, previous: number): number {
  return ~crc32(~previous, data) >>> 0;
}

function makeCrcTables(): Int32Array {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++)
    for (let k = 256; k < 2048; k += 256)
      t[k + n] = t[t[k - 256 + n] & 0xff] ^ (t[k - 256 + n] >>> 8);
  return t;
}
