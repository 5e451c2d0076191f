/**
 * The sample workbooks the file page offers (built by `npm run sample`, shipped in assets/): the
 * flat task sheet of the template, and two books around published plan tables as printed.
 */
export const SAMPLES = ["flat", "baotou", "qinhuangdao"] as const;
export type SampleId = (typeof SAMPLES)[number];

/** Where each is published, relative to the page (same origin only). */
export const SAMPLE_URLS: Record<SampleId, string> = {
  flat: "assets/sample.xlsx",
  baotou: "assets/sample-baotou.xlsx",
  qinhuangdao: "assets/sample-qinhuangdao.xlsx",
};

/** `?sample` / `?sample=baotou` → the sample to load at once (an unknown name: the first). */
export function sampleFromQuery(query: URLSearchParams): SampleId | null {
  if (!query.has("sample")) return null;
  const wanted = query.get("sample");
  return (SAMPLES as readonly string[]).includes(wanted ?? "") ? (wanted as SampleId) : "flat";
}
