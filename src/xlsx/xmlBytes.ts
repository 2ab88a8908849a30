/**
 * A part's XML written straight into UTF-8 bytes, handed on in chunks as they fill.
 *
 * A 10,000-row report has over a hundred thousand cells; made as strings, each cell's markup is a few
 * short strings joined, then the whole sheet is joined and encoded to UTF-8 once more, and the garbage
 * collector frees it all. Written into bytes, the markup (ASCII) and the numbers go in one code unit
 * or digit at a time, with no strings to collect. Node has no such writer (a Buffer's write() costs a
 * native call per piece), hence this one.
 */

/** Bytes handed on at a time: small enough that compressing starts while the sheet is being written. */
export const CHUNK_BYTES = 1 << 20;
/** A UTF-16 code unit takes at most three bytes in UTF-8 (a surrogate pair, four for two units). */
const UTF8_PER_UNIT = 3;

export class XmlBytes {
  private buffer: Buffer;
  private length = 0;

  /** `hand` takes each chunk as it fills; `end` gives the last. */
  constructor(private readonly hand: (chunk: Buffer) => void) {
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  }

  /** Markup known to be ASCII (tag and attribute names, fixed values), as is. */
  markup(ascii: string): this {
    this.room(ascii.length);
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < ascii.length; i++) buffer[at++] = ascii.charCodeAt(i);
    this.length = at;
    return this;
  }

  /** A number as XML Schema writes it: small whole ones digit by digit, others as JavaScript prints them. */
  number(value: number): this {
    // Row numbers, string indices, formats: whole numbers that integer arithmetic holds.
    if ((value | 0) !== value || value < 0) return this.markup(String(value));
    this.room(10);
    const { buffer } = this;
    const start = this.length;
    let at = start;
    let rest = value;
    do {
      buffer[at++] = 48 + (rest % 10);
      rest = (rest / 10) | 0;
    } while (rest > 0);
    // The digits went in last first.
    for (let left = start, right = at - 1; left < right; left++, right--) {
      const digit = buffer[left];
      buffer[left] = buffer[right];
      buffer[right] = digit;
    }
    this.length = at;
    return this;
  }

  /** Any text, already escaped for where it goes, in UTF-8. */
  text(escaped: string): this {
    this.room(escaped.length * UTF8_PER_UNIT);
    this.length += this.buffer.write(escaped, this.length, "utf8");
    return this;
  }

  /** The last chunk, not handed on. */
  end(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** Makes room for `bytes` more, handing the chunk on when it is full. */
  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    if (this.length > 0) this.hand(this.buffer.subarray(0, this.length));
    this.buffer = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
    this.length = 0;
  }
}
