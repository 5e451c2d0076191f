/**
 * Canonical JSON written straight to UTF-8 bytes, for the million-record frame: no intermediate
 * strings for the common case. Strings equal JSON.stringify's output (TextEncoder-encoded); those
 * that need escaping, or hold surrogates, take that route literally.
 */
export class JsonBytes {
  bytes = new Uint8Array(1 << 12);
  length = 0;
  private readonly encoder = new TextEncoder();

  reset(): this {
    this.length = 0;
    return this;
  }

  /** Text known to be ASCII and to need no escaping (keys, punctuation, digits). */
  raw(text: string): this {
    this.room(text.length);
    const b = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) b[at++] = text.charCodeAt(i);
    this.length = at;
    return this;
  }

  string(text: string): this {
    this.room(3 * text.length + 2);
    const b = this.bytes;
    let at = this.length;
    b[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (c < 0x20 || c === 0x22 || c === 0x5c) return this.escaped(text);
        b[at++] = c;
      } else if (c < 0x800) {
        b[at++] = 0xc0 | (c >> 6);
        b[at++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        return this.escaped(text);
      } else {
        b[at++] = 0xe0 | (c >> 12);
        b[at++] = 0x80 | ((c >> 6) & 0x3f);
        b[at++] = 0x80 | (c & 0x3f);
      }
    }
    b[at++] = 0x22;
    this.length = at;
    return this;
  }

  /** Text as UTF-8, as it is (JSON already written, say). */
  utf8(text: string): this {
    this.room(3 * text.length);
    this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    return this;
  }

  /** An integer or null, as canonical JSON allows. */
  int(n: number | null): this {
    if (n === null) return this.raw("null");
    if (!Number.isSafeInteger(n)) throw new RangeError(`canonical JSON holds integers only, got ${n}`);
    return this.raw(String(n));
  }

  bool(v: boolean | null): this {
    return this.raw(v === null ? "null" : v ? "true" : "false");
  }

  /** The general route: JSON.stringify, then UTF-8 (surrogate pairs, escapes). */
  private escaped(text: string): this {
    return this.utf8(JSON.stringify(text));
  }

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
