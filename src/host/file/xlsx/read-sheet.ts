/*
 * Cell values of one worksheet part, read in one pass over its XML: what the core needs (values,
 * merges) and nothing else. Values come out as ExcelJS gave them before (src/host/file/cell-value.ts):
 * numbers in date formats rounded to the millisecond as a Date would hold them, 1904 dates moved to
 * the 1900 system, errors as "#N/A", rich text joined, a formula's cached result.
 */
import { type Cell, parseRange, type SheetData } from "../../../core";
import { ByteTags, CLOSE, EMPTY, OPEN } from "./byte-tags";
import { attr, decodeXstring, scan, textUntilClose } from "./xml";

/** What reading a sheet needs from the rest of the book. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** Per cell style index (`s`): true when its number format shows a date or time. */
  dateStyles: readonly boolean[];
  date1904: boolean;
}

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A date-formatted number as a Date holds it (to the ms), back as a 1900-system serial. */
function dateSerial(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  return (ms - EPOCH_MS) / DAY_MS;
}

/** Serial of an ISO 8601 date/time cell (t="d"). */
function isoSerial(s: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || s.length <= 10 ? s : `${s}Z`);
  return Number.isNaN(t) ? null : (t - EPOCH_MS) / DAY_MS;
}

/** The joined text of the <t> elements from `from` to the close of `element`, phonetic runs (<rPh>) left out. */
export function stringItem(xml: string, from: number, element: string): { text: string; end: number } {
  let text = "";
  let end = xml.length;
  let phonetic = 0;
  scan(
    xml,
    (tag) => {
      if (tag.name === "rPh") {
        if (tag.kind === "open") phonetic++;
        else if (tag.kind === "close") phonetic--;
        return;
      }
      if (tag.name === "t" && tag.kind === "open") {
        const t = textUntilClose(xml, tag.end, "t");
        if (!phonetic) text += decodeXstring(t.text);
        return t.end;
      }
      if (tag.name === element && tag.kind === "close") {
        end = tag.end;
        return false;
      }
    },
    from,
  );
  return { text, end };
}

/** Every <si> of a sharedStrings part. */
export function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  scan(xml, (tag) => {
    if (tag.name !== "si") return;
    if (tag.kind === "empty") {
      out.push("");
      return;
    }
    if (tag.kind !== "open") return;
    const item = stringItem(xml, tag.end, "si");
    out.push(item.text);
    return item.end;
  });
  return out;
}

/** The cell types (`t`) of ECMA-376 18.18.11, matched without making a string. */
const CELL_TYPES = ["s", "n", "str", "inlineStr", "b", "e", "d"] as const;

/** The joined text of the <t> elements from `from` to the close of `element` (bytes), phonetic runs left out; `tags.after` ends it. */
function stringItemBytes(tags: ByteTags, from: number, element: string): string {
  let text = "";
  let phonetic = 0;
  let i = from;
  while (tags.next(i)) {
    i = tags.end;
    if (tags.is("rPh")) {
      if (tags.kind === OPEN) phonetic++;
      else if (tags.kind === CLOSE) phonetic--;
    } else if (tags.kind === OPEN && tags.is("t")) {
      const t = tags.text(tags.end, "t");
      if (!phonetic) text += decodeXstring(t);
      i = tags.after;
    } else if (tags.kind === CLOSE && tags.is(element)) {
      tags.after = tags.end;
      return text;
    }
  }
  tags.after = tags.b.length;
  return text;
}

/**
 * The cells and merges of a worksheet part (its UTF-8 bytes), as the core reads them. Only cell
 * texts are decoded: a big sheet's markup is most of its bytes (see byte-tags.ts).
 */
export function readSheet(name: string, bytes: Uint8Array, ctx: SheetContext): SheetData {
  const rows: Cell[][] = [];
  const merges: string[] = [];
  let row: Cell[] | null = null;
  let rowIndex = -1;
  let col = -1;
  let inData = false;
  const tags = new ByteTags(bytes);

  let i = 0;
  while (tags.next(i)) {
    i = tags.end;
    if (!inData) {
      if (tags.kind === OPEN && tags.is("sheetData")) inData = true;
      else if (tags.kind !== CLOSE && tags.is("mergeCell")) {
        const ref = tags.attr("ref");
        if (ref) merges.push(ref);
      }
      continue;
    }
    if (tags.is("row")) {
      if (tags.kind === CLOSE) continue;
      const r = tags.attrNumber("r");
      rowIndex = r ? r - 1 : rowIndex + 1;
      col = -1;
      row = null;
      continue;
    }
    if (tags.is("c")) {
      if (tags.kind === CLOSE) continue;
      col = tags.attrColumn("r") ?? col + 1;
      if (!row) {
        while (rows.length < rowIndex) rows.push([]);
        row = rows[rowIndex] ??= [];
      }
      if (tags.kind === EMPTY) continue;
      // Read before the children move the cursor on.
      const t = tags.attrOf("t", CELL_TYPES) ?? "n";
      const style = tags.attrNumber("s");
      // The cell's children: <v>, <is>, <f> (ignored), <extLst>.
      let v: string | undefined;
      // A shared string's index or a number that is a plain integer, read without a string.
      let integer = -1;
      let inline: string | undefined;
      let formula = false;
      while (tags.next(i)) {
        i = tags.end;
        if (tags.kind === CLOSE) {
          if (tags.is("c")) break;
          continue;
        }
        if (tags.is("f")) {
          formula = true;
          if (tags.kind === OPEN) {
            tags.text(tags.end, "f");
            i = tags.after;
          }
        } else if (tags.kind === OPEN && tags.is("v")) {
          integer = t === "s" || t === "n" ? tags.integer(tags.end, "v") : -1;
          if (integer < 0) v = tags.text(tags.end, "v");
          i = tags.after;
        } else if (tags.kind === OPEN && tags.is("is")) {
          inline = stringItemBytes(tags, tags.end, "is");
          i = tags.after;
        }
      }
      let value: Cell = null;
      switch (t) {
        case "s":
          if (integer >= 0) value = ctx.sharedStrings[integer] ?? null;
          else value = v === undefined || v === "" ? null : (ctx.sharedStrings[Number(v)] ?? null);
          break;
        case "inlineStr":
          value = inline ?? (v === undefined ? null : decodeXstring(v));
          break;
        case "str":
          value = v === undefined ? null : decodeXstring(v);
          break;
        case "b":
          value = v === undefined || v === "" ? null : v.trim() === "1" || v.trim() === "true";
          break;
        case "e":
          value = v === undefined || v === "" ? null : v;
          break;
        case "d":
          value = v ? isoSerial(v.trim()) : null;
          break;
        default: {
          if (integer < 0 && (v === undefined || v.trim() === "")) break;
          const num = integer >= 0 ? integer : Number(v);
          if (Number.isNaN(num)) break;
          value = style !== undefined && ctx.dateStyles[style] ? dateSerial(num, ctx.date1904) : num;
        }
      }
      if (value !== null || formula) {
        while (row.length < col) row.push(null);
        row[col] = value;
      }
      continue;
    }
    if (tags.kind === CLOSE && tags.is("sheetData")) inData = false;
  }

  // As before (ExcelJS's model): a merge's area reaches its right edge in each of its rows, and
  // only its first cell holds a value.
  for (const m of merges) {
    const range = parseRange(m);
    if (!range) continue;
    const last = Math.min(range.row + range.rowSpan, rows.length);
    for (let i = range.row; i < last; i++) {
      const r = (rows[i] ??= []);
      while (r.length < range.col + range.colSpan) r.push(null);
      for (let j = range.col; j < range.col + range.colSpan; j++) if (i !== range.row || j !== range.col) r[j] = null;
    }
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return { name, rows, merges };
}

/** Built-in number formats that show dates or times (ECMA-376 18.8.30 and the East Asian ids). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True for a format code that shows a date or time: y m d h s (or b, the Buddhist year) outside quotes and brackets. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "");
  return /[ymdhMsb]/.test(bare);
}

/** Per cellXfs index, whether its number format is a date (styles.xml). */
export function readDateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const out: boolean[] = [];
  let inXfs = false;
  scan(xml, (tag) => {
    if (tag.name === "numFmt" && tag.kind !== "close") {
      const id = Number(attr(tag.attrs, "numFmtId"));
      custom.set(id, attr(tag.attrs, "formatCode") ?? "");
    } else if (tag.name === "cellXfs") inXfs = tag.kind === "open";
    else if (inXfs && tag.name === "xf" && tag.kind !== "close") {
      const id = Number(attr(tag.attrs, "numFmtId") ?? 0);
      const code = custom.get(id);
      out.push(code !== undefined ? isDateFormat(code) : BUILTIN_DATE.has(id));
    }
  });
  return out;
}
