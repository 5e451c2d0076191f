/** Quarters (1–4) of `year` that the period [start, end] touches. */
export function quartersTouched(start: string, end: string, year: string): number[] {
  const out: number[] = [];
  for (let q = 1; q <= 4; q++) {
    const qs = `${year}-${String(q * 3 - 2).padStart(2, "0")}-01`;
    const qe = `${year}-${String(q * 3).padStart(2, "0")}-${q === 1 || q === 4 ? "31" : "30"}`;
    if (start <= qe && end >= qs) out.push(q);
  }
  return out;
}
