import { parseDate } from "../values/date";
import type { IssueList } from "../issue";
import type { Inspector } from "../model";
import type { Recognised } from "./recognize";
import { dataRows } from "./rows";
import { INSPECTORS } from "./schema";
import { splitList } from "../values/text";
import { parseInspectorStatus, parseYesNo } from "../values/vocabulary";
import { requireText } from "./required";

/** Reads 执法检查人员名录库 rows. Experts (是否专家 = 是) need no 执法证号. */
export function readInspectors(rec: Recognised, issues: IssueList): Inspector[] {
  const out: Inspector[] = [];
  for (const row of dataRows(rec, INSPECTORS, issues)) {
    const name = requireText(row, "name", "姓名");
    let expert = false;
    if (row.text("expert") !== "") {
      const v = parseYesNo(row.value("expert"));
      if (v === null) row.error("VALUE_INVALID", "expert", `是否专家“${row.text("expert")}”无法识别，请填“是”或“否”。`);
      expert = v === true;
    }
    const cert = expert ? row.text("cert").replace(/\s+/g, "") : requireText(row, "cert", "执法证号").replace(/\s+/g, "");
    const department = requireText(row, "department", "所属部门");

    let status = row.text("status") === "" ? "在岗" : parseInspectorStatus(row.value("status"));
    if (status === null) {
      row.error("VALUE_INVALID", "status", `状态“${row.text("status")}”无法识别；可填 在岗、离岗、调离、休假。`);
      status = "在岗";
    }

    let certExpiry: string | null = null;
    if (row.text("certExpiry") !== "") {
      certExpiry = parseDate(row.value("certExpiry"), "end");
      if (certExpiry === null) row.error("DATE_INVALID", "certExpiry", `证件有效期至“${row.text("certExpiry")}”不是可识别的日期。`);
    } else if (!expert && row.has("certExpiry") && !row.isError("certExpiry")) {
      row.warning("CERT_EXPIRY_MISSING", "certExpiry", "证件有效期为空，按有效处理；请补填执法证有效期。");
    }

    out.push({
      row: row.row,
      name,
      cert,
      certExpiry,
      department,
      fields: splitList(row.text("fields")),
      expert,
      status,
    });
  }
  return out;
}
