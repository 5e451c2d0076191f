import { ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import type { ProgressLabel } from "../engine/protocol";
import { useStrings } from "../i18n";
import { visuallyHidden } from "../theme";

export interface Running {
  fraction: number;
  label: ProgressLabel;
}

const useStyles = makeStyles({
  text: { minHeight: "20px", color: tokens.colorNeutralForeground2 },
  // Nothing to say: the live region stays (so later text is announced) but takes no room.
  silent: visuallyHidden,
});

/** A progress bar while work runs, and a polite live region that says what is happening. */
export function ProgressStatus({ running, idle }: { running: Running | null; idle: string }) {
  const s = useStrings();
  const styles = useStyles();
  const text = running ? s.progress[running.label] : idle;
  return (
    <>
      {running && (
        <ProgressBar
          value={Math.max(0.02, Math.min(1, running.fraction))}
          max={1}
          thickness="large"
          aria-label={s.progressLabel}
          aria-valuetext={text}
        />
      )}
      <div role="status" aria-live="polite" className={text ? styles.text : styles.silent}>
        {text}
      </div>
    </>
  );
}
