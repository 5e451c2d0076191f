/*
 * The tag scanner of xml.ts, over a part's UTF-8 bytes instead of its decoded text: a worksheet
 * of 100,000 rows is tens of megabytes, and decoding all of it only to find its tags costs more than
 * reading it (issue #18's measurements, docs/performance.md). One reusable cursor, no object per
 * tag; element names are matched by local name, as in xml.ts.
 */
import { utf8 } from "./utf8";
import { decodeText } from "./xml";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QMARK = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;

export const OPEN = 0;
export const EMPTY = 1;
export const CLOSE = 2;

/** Column index (0-based) of a cell reference's letters ("AB12" → 27). */
export function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const d = ref.charCodeAt(i);
    if (d >= 65 && d <= 90) c = c * 26 + d - 64;
    else if (d >= 97 && d <= 122) c = c * 26 + d - 96;
    else break;
  }
  return c - 1;
}

const isSpace = (d: number): boolean => d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d;

function startsWith(b: Uint8Array, at: number, ascii: string): boolean {
  if (at + ascii.length > b.length) return false;
  for (let k = 0; k < ascii.length; k++) if (b[at + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

function find(b: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let i = from; i < b.length; i++) if (b[i] === first && startsWith(b, i, ascii)) return i;
  return -1;
}

export class ByteTags {
  /** The tag found by `next`: OPEN, EMPTY or CLOSE. */
  kind = OPEN;
  /** Offset of its "<" and just past its ">". */
  start = 0;
  end = 0;
  /** Its local name (prefix left out) and its attributes, as byte ranges. */
  private nameStart = 0;
  private nameEnd = 0;
  private attrStart = 0;
  private attrEnd = 0;
  /** Where `text` stopped: just past the closing tag. */
  after = 0;

  constructor(readonly b: Uint8Array) {}

  /** Finds the next element tag from `from` (comments, CDATA, processing instructions and the doctype skipped); false at the end. */
  next(from: number): boolean {
    const b = this.b;
    const n = b.length;
    let i = from;
    for (;;) {
      while (i < n && b[i] !== LT) i++;
      if (i >= n) return false;
      const c = b[i + 1];
      if (c === BANG) {
        const [ends, skip] = startsWith(b, i, "<!--") ? ["-->", 4] : startsWith(b, i, "<![CDATA[") ? ["]]>", 9] : [">", 2];
        const e = find(b, ends, i + skip);
        if (e < 0) return false;
        i = e + ends.length;
        continue;
      }
      if (c === QMARK) {
        const e = find(b, "?>", i + 2);
        if (e < 0) return false;
        i = e + 2;
        continue;
      }
      break;
    }
    const lt = i;
    const close = b[lt + 1] === SLASH;
    // The tag ends at the first ">" outside quotes.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const d = b[j];
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 0x22 || d === 0x27) quote = d;
      else if (d === GT) break;
    }
    if (j >= n) return false;
    let k = close ? lt + 2 : lt + 1;
    let nameStart = k;
    while (k < j) {
      const d = b[k];
      if (isSpace(d) || d === SLASH) break;
      if (d === COLON) nameStart = k + 1;
      k++;
    }
    const empty = !close && b[j - 1] === SLASH;
    this.kind = close ? CLOSE : empty ? EMPTY : OPEN;
    this.start = lt;
    this.end = j + 1;
    this.nameStart = nameStart;
    this.nameEnd = k;
    this.attrStart = k;
    this.attrEnd = empty ? j - 1 : j;
    return true;
  }

  /** The tag's local name is `ascii`. */
  is(ascii: string): boolean {
    if (this.nameEnd - this.nameStart !== ascii.length) return false;
    for (let k = 0; k < ascii.length; k++) if (this.b[this.nameStart + k] !== ascii.charCodeAt(k)) return false;
    return true;
  }

  /** Where `seek` found an attribute's value. */
  private valueStart = 0;
  private valueEnd = 0;

  /** Finds attribute `name` (local name; xmlns declarations are not attributes) and sets its value's range. */
  private seek(name: string): boolean {
    const b = this.b;
    let i = this.attrStart;
    const n = this.attrEnd;
    while (i < n) {
      while (i < n && isSpace(b[i])) i++;
      const qStart = i;
      let local = i;
      while (i < n && b[i] !== EQ && !isSpace(b[i])) {
        if (b[i] === COLON) local = i + 1;
        i++;
      }
      const qEnd = i;
      while (i < n && isSpace(b[i])) i++;
      if (b[i] !== EQ) return false;
      i++;
      while (i < n && isSpace(b[i])) i++;
      const q = b[i];
      if (q !== 0x22 && q !== 0x27) return false;
      const vStart = i + 1;
      let vEnd = vStart;
      while (vEnd < n && b[vEnd] !== q) vEnd++;
      i = vEnd + 1;
      const xmlns = local > qStart && startsWith(b, qStart, "xmlns:");
      if (xmlns || qEnd - local !== name.length) continue;
      let same = true;
      for (let k = 0; k < name.length && same; k++) same = b[local + k] === name.charCodeAt(k);
      if (same) {
        this.valueStart = vStart;
        this.valueEnd = vEnd;
        return true;
      }
    }
    return false;
  }

  /** The value of attribute `name`, decoded; undefined if absent. */
  attr(name: string): string | undefined {
    return this.seek(name) ? decodeText(utf8(this.b, this.valueStart, this.valueEnd)) : undefined;
  }

  /** Attribute `name` as a number (as `Number` reads its text); undefined if absent. Plain digits are read without decoding. */
  attrNumber(name: string): number | undefined {
    if (!this.seek(name)) return undefined;
    const b = this.b;
    let v = 0;
    for (let k = this.valueStart; k < this.valueEnd; k++) {
      const d = b[k] - 0x30;
      if (d < 0 || d > 9 || this.valueEnd - this.valueStart > 15) return Number(decodeText(utf8(b, this.valueStart, this.valueEnd)));
      v = v * 10 + d;
    }
    return v;
  }

  /** Attribute `name`'s value: the one of `known` it spells (no new string), else decoded; undefined if absent. */
  attrOf<T extends string>(name: string, known: readonly T[]): T | string | undefined {
    if (!this.seek(name)) return undefined;
    const length = this.valueEnd - this.valueStart;
    for (const k of known) {
      if (k.length !== length) continue;
      let same = true;
      for (let j = 0; j < length && same; j++) same = this.b[this.valueStart + j] === k.charCodeAt(j);
      if (same) return k;
    }
    return decodeText(utf8(this.b, this.valueStart, this.valueEnd));
  }

  /**
   * The element's text when it is a plain decimal integer (1 to 15 digits, nothing else) followed
   * by the closing tag of `localName`, with `after` set past that tag; otherwise -1 (use `text`).
   */
  integer(from: number, localName: string): number {
    const b = this.b;
    let v = 0;
    let k = from;
    for (; k < b.length && k - from <= 15; k++) {
      const d = b[k] - 0x30;
      if (d < 0 || d > 9) break;
      v = v * 10 + d;
    }
    if (k === from || k - from > 15 || b[k] !== LT || b[k + 1] !== SLASH) return -1;
    const gt = find(b, ">", k);
    if (gt < 0 || !this.closes(k + 2, gt, localName)) return -1;
    this.after = gt + 1;
    return v;
  }

  /** The column (0-based) of a cell reference attribute's letters ("AB12" → 27); undefined if absent or empty. */
  attrColumn(name: string): number | undefined {
    if (!this.seek(name) || this.valueEnd === this.valueStart) return undefined;
    if (this.b[this.valueStart] === 0x26 /* & */) return columnOf(decodeText(utf8(this.b, this.valueStart, this.valueEnd)));
    let c = 0;
    for (let k = this.valueStart; k < this.valueEnd; k++) {
      const d = this.b[k];
      if (d >= 65 && d <= 90) c = c * 26 + d - 64;
      else if (d >= 97 && d <= 122) c = c * 26 + d - 96;
      else break;
    }
    return c - 1;
  }

  /**
   * Text from `from` (just past an open tag) up to the closing tag of `localName`, CDATA included
   * and entities decoded, as xml.ts's textUntilClose; `after` is set just past the closing tag.
   */
  text(from: number, localName: string): string {
    const b = this.b;
    const n = b.length;
    let i = from;
    let lt = i;
    while (lt < n && b[lt] !== LT) lt++;
    // The usual case: plain text, then the closing tag.
    if (lt < n && b[lt + 1] === SLASH) {
      const gt = find(b, ">", lt);
      if (gt > 0 && this.closes(lt + 2, gt, localName)) {
        this.after = gt + 1;
        return decodeText(utf8(b, i, lt));
      }
    }
    let text = "";
    for (;;) {
      lt = i;
      while (lt < n && b[lt] !== LT) lt++;
      text += decodeText(utf8(b, i, lt));
      if (lt >= n) {
        this.after = n;
        return text;
      }
      if (startsWith(b, lt, "<![CDATA[")) {
        const e = find(b, "]]>", lt + 9);
        text += utf8(b, lt + 9, e < 0 ? n : e);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const gt = find(b, ">", lt);
      if (gt < 0) {
        this.after = n;
        return text;
      }
      if (b[lt + 1] === SLASH && this.closes(lt + 2, gt, localName)) {
        this.after = gt + 1;
        return text;
      }
      // A nested element (not expected in <v> or <t>): skip its tag.
      i = gt + 1;
    }
  }

  /** The closing tag's name between `from` and `gt` (spaces allowed around it) has local name `localName`. */
  private closes(from: number, gt: number, localName: string): boolean {
    const b = this.b;
    let s = from;
    let e = gt;
    while (s < e && isSpace(b[s])) s++;
    while (e > s && isSpace(b[e - 1])) e--;
    for (let k = e - 1; k >= s; k--) {
      if (b[k] === COLON) {
        s = k + 1;
        break;
      }
    }
    if (e - s !== localName.length) return false;
    for (let k = 0; k < localName.length; k++) if (b[s + k] !== localName.charCodeAt(k)) return false;
    return true;
  }
}
