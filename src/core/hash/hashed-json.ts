import { JsonBytes } from "./json-bytes";
import { Sha256 } from "./sha256";

/**
 * Canonical JSON written to UTF-8 bytes and hashed with SHA-256 from where it was written, 64 KB
 * at a time: the frame and the result digest are megabytes of small records, and neither is held
 * whole or copied again.
 */
export class HashedJson extends JsonBytes {
  private readonly sha = new Sha256();

  /** Hashes what is written once it passes 64 KB. Call between records (a record's slice moves). */
  drain(): this {
    if (this.length >= 1 << 16) {
      this.sha.update(this.bytes, 0, this.length);
      this.reset();
    }
    return this;
  }

  /** SHA-256 of everything written; the writer is spent. */
  digestHex(): string {
    this.sha.update(this.bytes, 0, this.length);
    this.reset();
    return this.sha.digestHex();
  }
}
