import { webLightTheme, type Theme } from "@fluentui/react-components";

/** Fluent's default stack has no CJK face; list the common Chinese UI fonts of each platform. */
export const CJK_FONT_STACK =
  "'Segoe UI', 'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

export const appTheme: Theme = { ...webLightTheme, fontFamilyBase: CJK_FONT_STACK };

/** Off screen but still read by screen readers (and, for inputs, still focusable). */
export const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
} as const;
