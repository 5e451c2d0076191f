/** @jest-environment ./test/taskpane/jsdom-env.cjs */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { PrepareView } from "../../src/taskpane/engine/protocol";
import { zh } from "../../src/taskpane/strings.zh";
import { bookBytes, testServices, xlsxFile } from "./fixtures";

test("a bug that breaks rendering shows a Chinese message and 重新载入, not a blank pane or a stack trace", async () => {
  const services = testServices();
  const prepare = services.engine.prepare;
  // A malformed answer (as a bug in the engine would give): the step cannot render it.
  services.engine.prepare = async (...args) => ({ ...(await prepare(...args)), sheets: undefined }) as unknown as PrepareView;
  const reload = jest.fn();
  const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
  try {
    render(<App mode="file" strings={zh} services={services} onReload={reload} />);
    await userEvent.upload(screen.getByLabelText("打开工作簿"), xlsxFile("名录库.xlsx", await bookBytes()));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/^助手出错了界面遇到了程序错误（.+）。工作簿没有被改动。/);
    expect(alert.textContent).not.toMatch(/\bat \w+ \(/);
    await userEvent.click(screen.getByRole("button", { name: "重新载入" }));
    expect(reload).toHaveBeenCalledTimes(1);
  } finally {
    quiet.mockRestore();
  }
});
