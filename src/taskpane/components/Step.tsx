import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens, typographyStyles } from "@fluentui/react-components";
import { useEffect, useId, useRef, type DragEventHandler, type ReactNode } from "react";
import { useStrings } from "../i18n";
import { visuallyHidden } from "../theme";
import type { StepKey } from "../strings";

export const STEPS: readonly StepKey[] = ["check", "prepare", "draw", "result"];

const useStyles = makeStyles({
  nav: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  item: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  done: { color: tokens.colorPaletteGreenForeground1, backgroundColor: tokens.colorPaletteGreenBackground1 },
  current: {
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorBrandBackground,
    fontWeight: tokens.fontWeightSemibold,
  },
  number: { fontWeight: tokens.fontWeightSemibold },
  hidden: visuallyHidden,
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  heading: { ...typographyStyles.subtitle1, margin: 0, ":focus": { outline: "none" }, ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  // Stays in view at the bottom of a long step, so 下一步 is always one Tab or click away.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} 0`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  buttons: { display: "flex", flexWrap: "wrap", justifyContent: "flex-end", gap: tokens.spacingHorizontalS },
  reason: { color: tokens.colorPaletteRedForeground1 },
});

/** Visually hidden text, still read by screen readers. */
export function VisuallyHidden({ children, id }: { children: ReactNode; id?: string }) {
  const styles = useStyles();
  return (
    <span id={id} className={styles.hidden}>
      {children}
    </span>
  );
}

/** Where the clerk is: 1 数据检查 · 2 抽取准备 · 3 抽取 · 4 结果. Not interactive: the buttons below move. */
export function StepNav({ current }: { current: number }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <nav aria-label={s.stepsLabel} className={styles.nav}>
      <ol className={styles.list}>
        {STEPS.map((key, i) => {
          const n = i + 1;
          const state = n < current ? "done" : n === current ? "current" : "todo";
          return (
            <li
              key={key}
              aria-current={state === "current" ? "step" : undefined}
              className={mergeClasses(styles.item, state === "done" && styles.done, state === "current" && styles.current)}
            >
              <span className={styles.number} aria-hidden="true">
                {state === "done" ? "✓" : n}
              </span>
              <span>{s.stepNames[key]}</span>
              {state === "done" && <VisuallyHidden>{s.stepDone}</VisuallyHidden>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

export interface StepSectionProps {
  n: number;
  /** Move focus to the heading when the step opens (not on the first paint of the page). */
  focusOnMount: boolean;
  intro?: ReactNode;
  className?: string;
  onDragOver?: DragEventHandler;
  onDragLeave?: DragEventHandler;
  onDrop?: DragEventHandler;
  children: ReactNode;
}

/** One step: a region named by its heading "第 n 步：…". */
export function StepSection({ n, focusOnMount, intro, className, children, ...drag }: StepSectionProps) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <section aria-labelledby={headingId} className={mergeClasses(styles.section, className)} {...drag}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {s.stepHeading(n, s.stepNames[STEPS[n - 1]])}
      </h2>
      {intro && <Body1>{intro}</Body1>}
      {children}
    </section>
  );
}

export interface StepFooterProps {
  onBack?: () => void;
  backDisabled?: boolean;
  onNext?: () => void;
  /** Why 下一步 cannot be used yet (shown and tied to the button); null = it can. */
  blocked?: string | null;
  busy?: boolean;
  extra?: ReactNode;
}

/** 上一步 / 下一步. A blocked 下一步 stays focusable and says why. */
export function StepFooter({ onBack, backDisabled, onNext, blocked = null, busy = false, extra }: StepFooterProps) {
  const s = useStrings();
  const styles = useStyles();
  const reasonId = useId();
  return (
    <div className={styles.footer}>
      {onNext && blocked && (
        <Caption1 id={reasonId} className={styles.reason}>
          {blocked}
        </Caption1>
      )}
      <div className={styles.buttons}>
        {extra}
        {onBack && (
          <Button appearance="secondary" onClick={onBack} disabled={backDisabled}>
            {s.back}
          </Button>
        )}
        {onNext && (
          <Button
            appearance="primary"
            onClick={onNext}
            disabledFocusable={busy || blocked !== null}
            aria-describedby={blocked ? reasonId : undefined}
          >
            {s.next}
          </Button>
        )}
      </div>
    </div>
  );
}
