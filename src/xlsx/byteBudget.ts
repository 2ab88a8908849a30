import { tooLarge } from "./readLimits";

/** Uncompressed bytes read from one file, against ReadLimits.maxPartBytes. */
export class ByteBudget {
  private used = 0;

  constructor(readonly limit: number) {}

  /** Refuses `bytes` more, before they are inflated. */
  check(bytes: number): void {
    if (bytes > this.limit - this.used) tooLarge("bytes", this.limit);
  }

  spend(bytes: number): void {
    this.used += bytes;
    if (this.used > this.limit) tooLarge("bytes", this.limit);
  }
}
