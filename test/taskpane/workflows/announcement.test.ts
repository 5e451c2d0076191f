import { writeAnnouncement } from "../../../src/taskpane/workflows/useAnnouncement";
import { testServices } from "../fixtures";
import { loadedBook } from "./loaded";

test("writeAnnouncement adds the plan tables, 抽取公告 and 配额核验, named with the date", async () => {
  const services = testServices();
  const loaded = await loadedBook(services);
  const names = await writeAnnouncement(services, loaded, undefined);
  expect(names).toEqual(["部门内部抽查计划 2026-03-01", "部门联合抽查计划 2026-03-01", "随机抽查工作计划 2026-03-01", "抽取公告 2026-03-01", "配额核验 2026-03-01"]);
  expect(await loaded.host.listSheets()).toEqual(["对象", "人员", "任务", ...names]);
});
