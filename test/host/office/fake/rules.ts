/**
 * What Excel does and refuses, as its documentation says, for the fake Excel of the office-host
 * tests. Each rule names the page it comes from; docs/architecture.md lists them too.
 */

/**
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded,
 * ResponsePayloadSizeLimitExceeded). "Excel on the web has a payload size limit for requests and
 * responses of 5MB" — https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * (section "Excel add-ins"); the codes: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 * The fake counts 5,000,000 bytes, the stricter reading of "5MB".
 */
export const PAYLOAD_LIMIT = 5_000_000;

/**
 * What one queued statement costs in a request besides its arguments (the object path, the
 * method or property id). The documented payload is "the number of API calls, the number of
 * objects, the length of value to be set" — https://learn.microsoft.com/office/dev/add-ins/excel/performance
 * (section "Payload size limit best practices"); the fake charges this much a statement.
 */
export const STATEMENT_BYTES = 80;

/** Row height: at most 409 points — https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3 */
export const MAX_ROW_HEIGHT = 409;

/** A cell holds at most 32,767 characters — the same specifications page. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512,
 * then this method will fail to return the result" —
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 */
export const MAX_MERGED_AREAS = 512;

/**
 * Worksheet names: "The name must be fewer than 32 characters"
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-name-member);
 * not blank, none of / \ ? * : [ ], not beginning or ending with an apostrophe, not "History"
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9);
 * unique in the workbook, letter case ignored. Returns what is wrong, or null.
 */
export function sheetNameProblem(name: string, taken: readonly string[]): string | null {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > 31) return "a sheet name must be fewer than 32 characters";
  if (/[/\\?*:[\]]/.test(name)) return "a sheet name cannot contain / \\ ? * : [ ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  if (name.toLowerCase() === "history") return "History is reserved";
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return `a sheet named ${name} exists`;
  return null;
}

/**
 * Writing Range.values is typing: "If the returned value starts with a plus ("+"), minus ("-"),
 * or equal sign ("="), Excel interprets this value as a formula", and date-shaped strings such as
 * ISO "YYYY-MM-DD" are stored as dates (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * Numbers lose their leading zeros and long numbers their digits unless the cell is formatted as
 * Text "before you enter any data" or the entry starts with a single quotation mark, which is
 * not part of what the cell shows (http://support.microsoft.com/kb/269370/en-us, "Last digits
 * are changed to zeros when you type long numbers in cells of Excel").
 * This is the text a General (non-"@") cell would not keep as typed: numbers (with leading zeros,
 * thousands separators, decimals, E-notation), percentages, TRUE/FALSE, ISO, slash and zh-CN
 * dates, year-month, times.
 */
export function convertsWhenTyped(text: string): boolean {
  const t = text.trim();
  if (t === "") return false;
  return (
    /^[+-]?(?:\d+(?:,\d{3})*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*%?$/.test(t) ||
    /^(?:true|false)$/i.test(t) ||
    /^\d{4}[-/]\d{1,2}(?:[-/]\d{1,2})?$/.test(t) ||
    /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?$/.test(t) ||
    /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?$/.test(t) ||
    /^\d{4}年\d{1,2}月\d{1,2}日$/.test(t) ||
    /^\d{1,2}:\d{2}(?::\d{2})?$/.test(t)
  );
}

/** Starts like a formula (Range.values, above). */
export const startsLikeFormula = (text: string): boolean => /^[=+-]/.test(text);
