/*
 * The little XML the package needs: a tag scanner over a decoded part (no tree, no DOM), entity
 * decoding and escaping. Parts are namespaced; elements are matched by local name, so a package
 * that spells SpreadsheetML with a prefix (`<x:row>`, as the Open XML SDK writes) reads the same.
 */

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text with its character and entity references resolved. */
export function decodeText(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (m, ref: string) => {
    if (ref[0] === "#") return String.fromCodePoint(ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return ENTITY[ref] ?? m;
  });
}

/** SpreadsheetML escapes characters XML cannot hold as _xHHHH_ (ECMA-376 ST_Xstring). */
export function decodeXstring(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// Characters XML 1.0 cannot hold at all: C0 controls except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escaped for element text; characters XML cannot hold become _xHHHH_ as Excel writes them. */
export function escapeText(s: string): string {
  let out = s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  if (/_x[0-9A-Fa-f]{4}_/.test(out)) out = out.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  return out.replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Escaped for an attribute value in double quotes. */
export function escapeAttr(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\r/g, "&#13;")
    .replace(/\n/g, "&#10;")
    .replace(/\t/g, "&#9;")
    .replace(INVALID, "");
}

/** One tag found by `scan`. */
export interface Tag {
  /** Local name (prefix removed). */
  name: string;
  /** "open" (<a …>), "empty" (<a …/>) or "close" (</a>). */
  kind: "open" | "empty" | "close";
  /** Offset of the "<" and just past the ">". */
  start: number;
  end: number;
  /** Raw attribute text of an open or empty tag. */
  attrs: string;
}

/**
 * Calls `visit` for each element tag of `xml` from `from`, in order; comments, processing
 * instructions, CDATA and the doctype are skipped. `visit` returns false to stop, or a number to
 * continue scanning from there.
 */
export function scan(xml: string, visit: (tag: Tag) => boolean | number | void, from = 0): void {
  let i = from;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return;
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) i = xml.indexOf("-->", lt + 4) + 3;
      else if (xml.startsWith("<![CDATA[", lt)) i = xml.indexOf("]]>", lt + 9) + 3;
      else i = xml.indexOf(">", lt + 2) + 1;
      if (i < 3) return;
      continue;
    }
    if (c === 0x3f /* ? */) {
      i = xml.indexOf("?>", lt + 2) + 2;
      if (i < 2) return;
      continue;
    }
    const close = c === 0x2f;
    // The tag ends at the first ">" outside quotes.
    let j = lt + 1;
    let quote = 0;
    for (; j < n; j++) {
      const d = xml.charCodeAt(j);
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 0x22 || d === 0x27) quote = d;
      else if (d === 0x3e) break;
    }
    if (j >= n) return;
    let k = close ? lt + 2 : lt + 1;
    const nameStart = k;
    while (k < j) {
      const d = xml.charCodeAt(k);
      if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d || d === 0x2f) break;
      k++;
    }
    let name = xml.slice(nameStart, k);
    const colon = name.indexOf(":");
    if (colon >= 0) name = name.slice(colon + 1);
    const empty = !close && xml.charCodeAt(j - 1) === 0x2f;
    const r = visit({ name, kind: close ? "close" : empty ? "empty" : "open", start: lt, end: j + 1, attrs: close ? "" : xml.slice(k, empty ? j - 1 : j) });
    if (r === false) return;
    i = typeof r === "number" ? r : j + 1;
  }
}

/** The value of attribute `name` (local name, any prefix unless `name` has one), decoded; undefined if absent. */
export function attr(attrs: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return undefined;
    from = at + name.length;
    const before = at === 0 ? 0x20 : attrs.charCodeAt(at - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d && before !== 0x3a /* prefix: */) continue;
    if (before === 0x3a && attrs.slice(Math.max(0, at - 6), at - 1).endsWith("xmlns")) continue;
    let k = from;
    while (attrs.charCodeAt(k) === 0x20) k++;
    if (attrs.charCodeAt(k) !== 0x3d /* = */) continue;
    k++;
    while (attrs.charCodeAt(k) === 0x20) k++;
    const q = attrs[k];
    if (q !== '"' && q !== "'") continue;
    const endQ = attrs.indexOf(q, k + 1);
    return decodeText(attrs.slice(k + 1, endQ));
  }
}

/** Text of an element whose open tag ends at `from`, up to its closing tag (CDATA included); entities decoded. */
export function textUntilClose(xml: string, from: number, localName: string): { text: string; end: number } {
  let text = "";
  let i = from;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) return { text: text + decodeText(xml.slice(i)), end: xml.length };
    text += decodeText(xml.slice(i, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const e = xml.indexOf("]]>", lt + 9);
      text += xml.slice(lt + 9, e);
      i = e + 3;
      continue;
    }
    if (xml.charCodeAt(lt + 1) === 0x2f) {
      const gt = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, gt).trim();
      const c = name.indexOf(":");
      if ((c >= 0 ? name.slice(c + 1) : name) === localName) return { text, end: gt + 1 };
      i = gt + 1;
      continue;
    }
    // A nested element (not expected in <v> or <t>): skip its tag.
    i = xml.indexOf(">", lt) + 1;
  }
}

/** The prefix ("x:" or "") the root element of a part uses, to write elements that match it. */
export function rootPrefix(xml: string): string {
  let prefix = "";
  scan(xml, (t) => {
    const raw = xml.slice(t.start + 1, t.end);
    const m = /^([A-Za-z_][\w.-]*):/.exec(raw);
    prefix = m ? `${m[1]}:` : "";
    return false;
  });
  return prefix;
}

/** The prefix declared for a namespace in `attrs` ("r" for xmlns:r="…"), "" for the default, null when not declared. */
export function prefixOf(attrs: string, ns: string): string | null {
  const re = /xmlns(?::([\w.-]+))?\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(attrs); m; m = re.exec(attrs)) if ((m[3] ?? m[4]) === ns) return m[1] ?? "";
  return null;
}
