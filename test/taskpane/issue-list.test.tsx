/** @jest-environment ./test/taskpane/jsdom-env.cjs */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Issue } from "../../src/core";
import { ISSUE_PAGE, IssueList } from "../../src/taskpane/components/IssueList";

/** A sheet with thousands of problems: the list renders a page at a time (a first page of 200 rows cost ~0.1 s to show at 10,000 targets). */
test("the issue list shows the first page, errors first, and 显示更多 adds one page at a time", async () => {
  const issues: Issue[] = Array.from({ length: 2 * ISSUE_PAGE + 7 }, (_, i) => ({
    severity: i === 2 * ISSUE_PAGE ? "error" : "warning",
    code: "TEST",
    sheet: "对象",
    cell: `A${i + 2}`,
    message: `第 ${i} 个问题`,
  }));
  render(<IssueList issues={issues} />);
  const rows = () => within(screen.getByRole("list")).getAllByRole("listitem");
  expect(ISSUE_PAGE).toBe(50);
  expect(rows()).toHaveLength(ISSUE_PAGE);
  expect(rows()[0].textContent).toContain(`第 ${2 * ISSUE_PAGE} 个问题`);
  await userEvent.click(screen.getByRole("button", { name: `已显示 ${ISSUE_PAGE} 条，共 ${issues.length} 条。显示更多` }));
  expect(rows()).toHaveLength(2 * ISSUE_PAGE);
  await userEvent.click(screen.getByRole("button", { name: /显示更多/ }));
  expect(rows()).toHaveLength(issues.length);
  expect(screen.queryByRole("button", { name: /显示更多/ })).toBeNull();
});
