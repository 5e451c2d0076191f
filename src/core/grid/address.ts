/** A1-style addresses. Rows and columns are 0-based inside the core, 1-based in addresses. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** `检查对象!C12`, quoting the sheet name the way Excel does when it needs quotes. */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet) && !/^\d/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

export interface CellRange {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export function parseRange(a1: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) return null;
  const r1 = Number(m[2]) - 1;
  const c1 = columnIndex(m[1]);
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  return {
    row: Math.min(r1, r2),
    col: Math.min(c1, c2),
    rowSpan: Math.abs(r2 - r1) + 1,
    colSpan: Math.abs(c2 - c1) + 1,
  };
}

export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.row, r.col);
  if (r.rowSpan === 1 && r.colSpan === 1) return a;
  return `${a}:${cellAddress(r.row + r.rowSpan - 1, r.col + r.colSpan - 1)}`;
}
