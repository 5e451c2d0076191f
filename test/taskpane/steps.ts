import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";

/** The heading of step `n` (第 n 步：name), once it shows. */
export const heading = (n: number, name: string) => screen.findByRole("heading", { level: 2, name: `第 ${n} 步：${name}` });
export const next = () => screen.getByRole("button", { name: "下一步" });

/** From a read workbook through 抽取准备 to 抽取, with `seed` typed in. */
export async function toDrawStep(seed: string): Promise<void> {
  await screen.findByRole("table", { name: "工作表识别" });
  await userEvent.click(next());
  await heading(2, "抽取准备");
  await waitFor(() => expect(next().getAttribute("aria-disabled")).toBeNull());
  await userEvent.click(next());
  await heading(3, "抽取");
  await userEvent.type(screen.getByRole("textbox", { name: "随机种子" }), seed);
}
