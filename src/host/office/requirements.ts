/** Requirement sets above the manifest's ExcelApi 1.7, checked at run time (with a plain fallback). */
export interface Features {
  /** 1.8: data validation (dropdowns). */
  dataValidation: boolean;
  /** 1.9: page layout (A4 landscape, fit to width, print titles). */
  pageLayout: boolean;
  /** 1.13: merged areas of a range, for reading merges back. */
  mergedAreas: boolean;
  /** 1.5: custom XML parts (to remove the record part earlier versions wrote; the record lives in `_抽取记录数据` only). */
  customXml: boolean;
}

export function detectFeatures(): Features {
  const has = (v: string): boolean => {
    try {
      return Office.context.requirements.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return { dataValidation: has("1.8"), pageLayout: has("1.9"), mergedAreas: has("1.13"), customXml: has("1.5") };
}
