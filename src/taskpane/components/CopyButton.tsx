import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  wrap: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  note: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

/** Copies with the Clipboard API, or the old way where an Office web view blocks it. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the selection-based copy
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/** 复制 button; says 已复制 (or how to copy by hand) in a polite live region. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const s = useStrings();
  const styles = useStyles();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 3000);
    return () => clearTimeout(timer);
  }, [state]);
  return (
    <span className={styles.wrap}>
      <Button size="small" aria-label={s.copyLabel(what)} onClick={() => void copyText(text).then((ok) => setState(ok ? "copied" : "failed"))}>
        {s.copy}
      </Button>
      <span aria-live="polite" className={styles.note}>
        {state === "copied" ? s.copied : state === "failed" ? s.copyFailed : ""}
      </span>
    </span>
  );
}
