/** @jest-environment ./test/taskpane/jsdom-env.cjs */
/**
 * 无法连接 Office (src/taskpane/components/OfficeUnavailable.tsx): what happened, the addresses
 * tried, what to do, the file page's address, and 重新载入; in both languages.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeUnavailablePage } from "../../src/taskpane/components/OfficeUnavailable";
import { en } from "../../src/taskpane/strings.en";
import { zh } from "../../src/taskpane/strings.zh";

const tried = ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "https://dr.example.gov.cn/office-js/office.js"];
const filePage = "https://dr.example.gov.cn/index.html";

test("office.js did not load: the reason, the addresses tried, three things to do, the file page's address, 重新载入", async () => {
  const reload = jest.fn();
  render(<OfficeUnavailablePage strings={zh} problem="not-loaded" seconds={10} tried={tried} filePage={filePage} onReload={reload} />);
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("无法连接 Office");
  expect(alert.textContent).toContain("没能载入 Office 的脚本 office.js");
  expect(alert.textContent).toContain(`已尝试载入：${tried.join("、")}`);
  expect(alert.querySelectorAll("li")).toHaveLength(3);
  expect(screen.getByRole("link", { name: filePage }).getAttribute("href")).toBe(filePage);
  expect(screen.queryByLabelText("打开工作簿")).toBeNull();
  await userEvent.click(screen.getByRole("button", { name: "重新载入" }));
  expect(reload).toHaveBeenCalledTimes(1);
});

test("Office did not answer: says how long the pane waited and that it carries on when Office answers", () => {
  render(<OfficeUnavailablePage strings={zh} problem="no-answer" seconds={10} tried={[]} filePage={filePage} onReload={() => undefined} />);
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Office 在 10 秒内没有应答");
  expect(alert.textContent).toContain("窗格会自动继续");
  expect(alert.textContent).not.toContain("已尝试载入");
});

test("in English", () => {
  render(<OfficeUnavailablePage strings={en} problem="no-answer" seconds={10} tried={tried} filePage={filePage} onReload={() => undefined} />);
  expect(screen.getByRole("alert").textContent).toContain("Cannot connect to Office");
  expect(screen.getByRole("button", { name: "Reload" })).toBeDefined();
});
