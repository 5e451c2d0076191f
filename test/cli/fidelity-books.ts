/*
 * Input books for the fidelity tests (issue #18), assembled from XML strings: the sample plan
 * (assets/sample.xlsx) plus a sheet "汇总" holding what users keep in their books — a formula, a
 * defined name, conditional formatting, a data validation, a comment (with its VML), a bar chart
 * anchored as openpyxl anchors charts (oneCellAnchor), a PNG image — and a hidden sheet.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

export const SAMPLE = join(__dirname, "..", "..", "assets", "sample.xlsx");
export const CHART_TITLE = "各类别检查数量图表";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function crc32(b: Uint8Array): number {
  let c = -1;
  for (const x of b) {
    c ^= x;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ -1) >>> 0;
}

/** A 4×4 red PNG: signature, IHDR, IDAT (zlib of filter byte 0 + RGB rows), IEND. */
export function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(4, 0);
  ihdr.writeUInt32BE(4, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: 4 }, () => Buffer.from([0, 255, 0, 0, 255, 0, 0, 255, 0, 0, 255, 0, 0])));
  return new Uint8Array(Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(rows)), chunk("IEND", new Uint8Array(0))]));
}

const summarySheet = `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><dimension ref="A1:B5"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>类别</t></is></c><c r="B1" t="inlineStr"><is><t>数量</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>危化品</t></is></c><c r="B2"><v>10</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>工贸</t></is></c><c r="B3"><v>20</v></c></row>
<row r="4"><c r="A4" t="inlineStr"><is><t>矿山</t></is></c><c r="B4"><v>30</v></c></row>
<row r="5"><c r="A5" t="inlineStr"><is><t>合计</t></is></c><c r="B5"><f>SUM(B2:B4)</f><v>60</v></c></row>
</sheetData><conditionalFormatting sqref="B2:B4"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>15</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="B2:B4"><formula1>0</formula1><formula2>1000</formula2></dataValidation></dataValidations><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><drawing r:id="rId1"/><legacyDrawing r:id="rId2"/></worksheet>`;

const hiddenSheet = `${HEAD}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>隐藏的备注</t></is></c></row></sheetData></worksheet>`;

const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const drawing = `${HEAD}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${A}">
<xdr:oneCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>
<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>7</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="360000" cy="360000"/><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Image 1"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"/></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>
</xdr:wsDr>`;

const chart = `${HEAD}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="${A}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${CHART_TITLE}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'汇总'!$A$2:$A$4</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>危化品</c:v></c:pt><c:pt idx="1"><c:v>工贸</c:v></c:pt><c:pt idx="2"><c:v>矿山</c:v></c:pt></c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>'汇总'!$B$2:$B$4</c:f><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>20</c:v></c:pt><c:pt idx="2"><c:v>30</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart><c:catAx><c:axId val="10"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="100"/></c:catAx><c:valAx><c:axId val="100"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="10"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const comments = `${HEAD}<comments xmlns="${MAIN}"><authors><author>张三</author></authors><commentList><comment ref="B5" authorId="0"><text><t>全年合计</t></text></comment></commentList></comments>`;

const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 4, 2, 4, 15, 8, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>4</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;

const rels = (items: [string, string, string][]): string =>
  `${HEAD}<Relationships xmlns="${PKG_R}">${items.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join("")}</Relationships>`;

/** The sample plan with the 汇总 sheet (chart, image, comment…) and a hidden sheet, as a library writes them. */
export function libraryBook(): Uint8Array {
  const parts = unzipSync(readFileSync(SAMPLE));
  const text = (name: string): string => strFromU8(parts[name]);
  const put = (name: string, s: string | Uint8Array): void => {
    parts[name] = (typeof s === "string" ? strToU8(s) : s) as Uint8Array<ArrayBuffer>;
  };
  put("xl/worksheets/sheet7.xml", summarySheet);
  put("xl/worksheets/sheet8.xml", hiddenSheet);
  put("xl/worksheets/_rels/sheet7.xml.rels", rels([["rId1", "drawing", "../drawings/drawing1.xml"], ["rId2", "vmlDrawing", "../drawings/vmlDrawing1.vml"], ["rId3", "comments", "../comments1.xml"]]));
  put("xl/drawings/drawing1.xml", drawing);
  put("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"], ["rId2", "image", "../media/image1.png"]]));
  put("xl/charts/chart1.xml", chart);
  put("xl/media/image1.png", tinyPng());
  put("xl/comments1.xml", comments);
  put("xl/drawings/vmlDrawing1.vml", vml);
  put(
    "xl/workbook.xml",
    text("xl/workbook.xml")
      .replace("</sheets>", '<sheet sheetId="7" name="汇总" r:id="rId10"/><sheet sheetId="8" name="隐藏表" state="hidden" r:id="rId11"/></sheets><definedNames><definedName name="检查合计">\'汇总\'!$B$5</definedName></definedNames>'),
  );
  put(
    "xl/_rels/workbook.xml.rels",
    text("xl/_rels/workbook.xml.rels").replace(
      "</Relationships>",
      `<Relationship Id="rId10" Type="${R}/worksheet" Target="worksheets/sheet7.xml"/><Relationship Id="rId11" Type="${R}/worksheet" Target="worksheets/sheet8.xml"/></Relationships>`,
    ),
  );
  // The document properties list the sheets and the defined name, as Excel keeps them.
  put(
    "docProps/app.xml",
    text("docProps/app.xml")
      .replace(/<HeadingPairs>[\s\S]*<\/HeadingPairs>/, '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>8</vt:i4></vt:variant><vt:variant><vt:lpstr>Named Ranges</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>')
      .replace(/<vt:vector size="6" baseType="lpstr">([\s\S]*?)<\/vt:vector>/, '<vt:vector size="9" baseType="lpstr">$1<vt:lpstr>汇总</vt:lpstr><vt:lpstr>隐藏表</vt:lpstr><vt:lpstr>检查合计</vt:lpstr></vt:vector>'),
  );
  // A dxf for the conditional format (styles.xml of the sample has <dxfs count="0"/>).
  put("xl/styles.xml", text("xl/styles.xml").replace(/<dxfs count="0"\s*\/>/, '<dxfs count="1"><dxf><font><b/><color rgb="FFC00000"/></font></dxf></dxfs>'));
  const ct = "application/vnd.openxmlformats-officedocument";
  put(
    "[Content_Types].xml",
    text("[Content_Types].xml").replace(
      "</Types>",
      `<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/worksheets/sheet7.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet8.xml" ContentType="${ct}.spreadsheetml.worksheet+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="${ct}.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="${ct}.drawingml.chart+xml"/><Override PartName="/xl/comments1.xml" ContentType="${ct}.spreadsheetml.comments+xml"/></Types>`,
    ),
  );
  if (!/Extension="vml"/.test(strFromU8(parts["[Content_Types].xml"]))) {
    put("[Content_Types].xml", text("[Content_Types].xml").replace("</Types>", `<Default Extension="vml" ContentType="${ct}.vmlDrawing"/></Types>`));
  }
  return zipSync(parts);
}

/** `book` opened and saved as .xlsx by LibreOffice (headless), or null when soffice is not installed. */
export function libreOfficeCopy(book: string, dir: string): string | null {
  if (!existsSync("/usr/bin/soffice")) return null;
  const src = join(dir, "lo-src");
  const out = join(dir, "lo-out");
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  copyFileSync(book, join(src, "libreoffice.xlsx"));
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, join(src, "libreoffice.xlsx")], { stdio: "ignore", timeout: 120_000 });
  return join(out, "libreoffice.xlsx");
}

/** `book` printed to PDF by LibreOffice; the PDF's text (pdftotext), or null without soffice. */
export function pdfText(book: string, dir: string): string | null {
  if (!existsSync("/usr/bin/soffice") || !existsSync("/usr/bin/pdftotext")) return null;
  const out = join(dir, `pdf-${Math.random().toString(36).slice(2)}`);
  mkdirSync(out, { recursive: true });
  execFileSync("soffice", [`-env:UserInstallation=file://${dir}/lo-profile`, "--headless", "--convert-to", "pdf", "--outdir", out, book], { stdio: "ignore", timeout: 180_000 });
  const pdf = join(out, book.replace(/^.*\//, "").replace(/\.xlsx$/, ".pdf"));
  execFileSync("pdftotext", [pdf, `${pdf}.txt`]);
  return readFileSync(`${pdf}.txt`, "utf8");
}

export function writeTo(path: string, bytes: Uint8Array): string {
  writeFileSync(path, bytes);
  return path;
}

/** The library book as an .xlsm: a macro project part (its bytes opaque here) and the macro-enabled content type. */
export function macroBook(): Uint8Array {
  const parts = unzipSync(libraryBook());
  const text = (name: string): string => strFromU8(parts[name]);
  parts["xl/vbaProject.bin"] = new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) & 0xff)) as Uint8Array<ArrayBuffer>;
  parts["[Content_Types].xml"] = strToU8(
    text("[Content_Types].xml")
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  ) as Uint8Array<ArrayBuffer>;
  parts["xl/_rels/workbook.xml.rels"] = strToU8(
    text("xl/_rels/workbook.xml.rels").replace("</Relationships>", '<Relationship Id="rId90" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
  ) as Uint8Array<ArrayBuffer>;
  return zipSync(parts);
}
