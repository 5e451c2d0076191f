import { fieldsCover } from "../values/industry";
import type { Inspector, Task } from "../model";
import { compactKey } from "../values/text";

/**
 * What every team check asks of an inspector, worked out once per list of inspectors: the
 * department's compactKey, and per industry whether the 执法领域 cover it. `canServe` is
 * whyNot(…) === null (teams.ts) as a yes or no, for the loops that ask it thousands of times.
 */
export class InspectorFacts {
  /** compactKey of each inspector's department. */
  readonly department: string[];
  /** Inspectors with the same 执法领域 list share a number; `fieldLists` holds each list once. */
  private readonly fieldList: Int32Array;
  private readonly fieldLists: (readonly string[])[] = [];
  private readonly coverage = new Map<string, Uint8Array>();

  constructor(readonly inspectors: readonly Inspector[]) {
    this.department = inspectors.map((p) => compactKey(p.department));
    const lists = new Map<string, number>();
    this.fieldList = new Int32Array(inspectors.length);
    for (let i = 0; i < inspectors.length; i++) {
      const fields = inspectors[i].fields;
      const key = fields.join("\u0000");
      let n = lists.get(key);
      if (n === undefined) {
        lists.set(key, (n = lists.size));
        this.fieldLists.push(fields);
      }
      this.fieldList[i] = n;
    }
  }

  /** Per inspector, 1 when the 执法领域 cover `industry` (fieldsCover, asked once per distinct list). */
  covers(industry: string): Uint8Array {
    let out = this.coverage.get(industry);
    if (!out) {
      const listCovers = this.fieldLists.map((fields) => (fieldsCover(fields, industry) ? 1 : 0));
      out = new Uint8Array(this.fieldList.length);
      for (let i = 0; i < out.length; i++) out[i] = listCovers[this.fieldList[i]];
      this.coverage.set(industry, out);
    }
    return out;
  }

  /**
   * Whether inspector `i` may take a seat (`expertSeat`: the expert's) on `task`'s team for a target
   * of the industry `covers` was made for, recusals and loads aside. `departments`: compactKeys
   * of the task's departments.
   */
  canServe(i: number, task: Task, departments: readonly string[], covers: Uint8Array, expertSeat: boolean): boolean {
    const p = this.inspectors[i];
    if (expertSeat !== p.expert || p.status !== "在岗") return false;
    if (!p.expert && ((p.certExpiry !== null && p.certExpiry < task.end) || !departments.includes(this.department[i]))) return false;
    return covers[i] === 1;
  }
}
