/*
 * Books shaped as other programs write them (issue #18: "it will also be tried on books made by
 * other programs"), assembled from the library book of fidelity-books.ts:
 *  - the Open XML SDK: SpreadsheetML with an `x:` prefix, relationship ids "R" + hex, absolute
 *    relationship targets ("/xl/worksheets/sheet.xml"), its part names (sheet.xml, sheet2.xml, …),
 *    no docProps;
 *  - WPS Office: cell images (xl/cellimages.xml, related from the workbook, and `=DISPIMG(…)`
 *    formula cells), docProps/custom.xml, <extLst> in the workbook and a sheet, an app.xml that
 *    lists the sheets under 工作表 and the defined name under 命名范围;
 *  - Excel's Strict Open XML (other namespaces throughout), which the tool refuses;
 *  - templates (.xltx, .xltm), whose result is a workbook.
 */
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { libraryBook, macroBook, tinyPng } from "./fidelity-books";

/** Written by openpyxl itself (scripts/fixtures/openpyxl-chart-book.py; test/fixtures/books/README.md). */
export const OPENPYXL_BOOK = join(__dirname, "..", "fixtures", "books", "openpyxl-chart.xlsx");
export const OPENPYXL_CHART_TITLE = "各类别检查数量（openpyxl）";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function editor(parts: Unzipped) {
  return {
    text: (name: string): string => strFromU8(parts[name]),
    put: (name: string, s: string | Uint8Array): void => {
      parts[name] = (typeof s === "string" ? strToU8(s) : s) as Uint8Array<ArrayBuffer>;
    },
  };
}

/** SpreadsheetML elements written with the `x:` prefix instead of the default namespace. */
function prefixed(xml: string): string {
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z_][\w.-]*)(?=[\s/>])/g, "<$1x:$2");
}

/** The library book as the Open XML SDK writes a package. */
export function sdkBook(): Uint8Array {
  const parts = unzipSync(libraryBook());
  const { text, put } = editor(parts);
  const renamed = new Map<string, string>();
  for (let i = 1; i <= 8; i++) renamed.set(`xl/worksheets/sheet${i}.xml`, `xl/worksheets/sheet${i === 1 ? "" : i}.xml`);
  // Move sheet1 → sheet.xml (its relationships too, were there any); the others keep their names.
  for (const [from, to] of renamed) {
    if (from === to) continue;
    parts[to] = parts[from];
    delete parts[from];
  }
  let n = 0;
  const rid = (): string => `R${(0x1a2b3c4d5e6f7081n + BigInt(++n) * 0x9e3779b97f4a7c15n).toString(16).slice(-16)}`;
  // Workbook relationships: new ids, absolute targets.
  const ids = new Map<string, string>();
  put(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(/<Relationship Id="([^"]+)" Type="([^"]+)" Target="([^"]+)"\/>/g, (_m, id: string, type: string, target: string) => {
      const next = rid();
      ids.set(id, next);
      const part = `xl/${target}`;
      return `<Relationship Type="${type}" Target="/${renamed.get(part) ?? part}" Id="${next}"/>`;
    }),
  );
  put("xl/workbook.xml", prefixed(text("xl/workbook.xml")).replace(/r:id="([^"]+)"/g, (_m, id: string) => `r:id="${ids.get(id)}"`));
  for (const name of Object.keys(parts)) {
    if (/^xl\/(worksheets\/[^/]+|sharedStrings|styles|comments1)\.xml$/.test(name)) put(name, prefixed(text(name)));
  }
  // A package made from scratch with the SDK has no document properties.
  delete parts["docProps/app.xml"];
  delete parts["docProps/core.xml"];
  put("_rels/.rels", `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${R}/officeDocument" Target="/xl/workbook.xml" Id="${rid()}"/></Relationships>`);
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml")
      .replace(/<Override PartName="\/docProps\/[^"]*"[^>]*\/>/g, "")
      .replace(/PartName="\/(xl\/worksheets\/sheet\d+\.xml)"/g, (_m, p: string) => `PartName="/${renamed.get(p) ?? p}"`),
  );
  return zipSync(parts);
}

export const WPS_IMAGE_ID = "ID_7F3A9C1E5B2D4F6A8C0E2B4D6F8A0C1E";

/** The library book as WPS Office saves it, with a picture in a cell (DISPIMG). */
export function wpsBook(): Uint8Array {
  const parts = unzipSync(libraryBook());
  const { text, put } = editor(parts);
  const ct = "application/vnd.openxmlformats-officedocument";
  put(
    "xl/cellimages.xml",
    `${HEAD}<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:r="${R}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${WPS_IMAGE_ID}" descr="营业执照"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`,
  );
  put("xl/_rels/cellimages.xml.rels", `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/image" Target="media/image2.png"/></Relationships>`);
  put("xl/media/image2.png", tinyPng());
  put(
    "xl/worksheets/sheet9.xml",
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData"><sheetPr/><dimension ref="A1:B2"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5" outlineLevelRow="1"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>单位名称</t></is></c><c r="B1" t="inlineStr"><is><t>营业执照</t></is></c></row><row r="2" ht="30" customHeight="1"><c r="A2" t="inlineStr"><is><t>包头市示例化工有限公司</t></is></c><c r="B2" t="str"><f>_xlfn.DISPIMG("${WPS_IMAGE_ID}",1)</f><v>=DISPIMG("${WPS_IMAGE_ID}",1)</v></c></row></sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><headerFooter/><extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="0" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"/></ext></extLst></worksheet>`,
  );
  put(
    "docProps/custom.xml",
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="ICV"><vt:lpwstr>5E1F3B7C9A2D4E6F8A0B1C2D3E4F5A6B</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>`,
  );
  put(
    "docProps/app.xml",
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>WPS 表格</Application><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>9</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="10" baseType="lpstr">${["检查对象名录库", "执法检查人员名录库", "抽查事项清单", "抽查任务", "回避名单", "抽查规则", "汇总", "隐藏表", "现场照片", "检查合计"].map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join("")}</vt:vector></TitlesOfParts></Properties>`,
  );
  put(
    "_rels/.rels",
    text("_rels/.rels").replace("</Relationships>", `<Relationship Id="rId4" Type="${R}/custom-properties" Target="docProps/custom.xml"/></Relationships>`),
  );
  put(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rId12" Type="${R}/worksheet" Target="worksheets/sheet9.xml"/><Relationship Id="rId13" Type="http://www.wps.cn/officeDocument/2020/cellImage" Target="cellimages.xml"/></Relationships>`,
    ),
  );
  put(
    "xl/workbook.xml",
    text("xl/workbook.xml")
      .replace("</sheets>", '<sheet name="现场照片" sheetId="9" r:id="rId12"/></sheets>')
      .replace("</workbook>", '<extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>'),
  );
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      `<Override PartName="/xl/worksheets/sheet9.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/><Override PartName="/docProps/custom.xml" ContentType="${ct}.custom-properties+xml"/></Types>`,
    ),
  );
  return zipSync(parts);
}

/** The library book in Excel's Strict Open XML: other namespaces for SpreadsheetML and relationships. */
export function strictBook(): Uint8Array {
  const parts = unzipSync(libraryBook());
  const { text, put } = editor(parts);
  for (const name of Object.keys(parts)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    put(
      name,
      text(name)
        .replaceAll(MAIN, "http://purl.oclc.org/ooxml/spreadsheetml/main")
        .replaceAll(R, "http://purl.oclc.org/ooxml/officeDocument/relationships")
        .replaceAll("http://schemas.openxmlformats.org/drawingml/2006/", "http://purl.oclc.org/ooxml/drawingml/"),
    );
  }
  put("xl/workbook.xml", text("xl/workbook.xml").replace(/<workbook /, '<workbook conformance="strict" '));
  return zipSync(parts);
}

const CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
export const CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
export const CT_MACRO_SHEET = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
export const CT_MACRO_TEMPLATE = "application/vnd.ms-excel.template.macroEnabled.main+xml";

/** The library book saved as a template (.xltx), or with `macros` as a macro-enabled one (.xltm). */
export function templateBook(macros = false): Uint8Array {
  const parts = unzipSync(macros ? macroBook() : libraryBook());
  const { text, put } = editor(parts);
  const ct = text("[Content_Types].xml");
  put("[Content_Types].xml", macros ? ct.replace(CT_MACRO_SHEET, CT_MACRO_TEMPLATE) : ct.replace(CT_SHEET, CT_TEMPLATE));
  return zipSync(parts);
}
