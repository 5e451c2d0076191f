import { Button, Caption1, Link, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { useStrings } from "../i18n";
import { useServices, type PaneHost } from "../services";
import { useVerify } from "../workflows/useVerify";
import { useVoid } from "../workflows/useVoid";
import { AttemptList, VoidDone } from "./AttemptList";
import { ProgressStatus } from "./ProgressStatus";

/** Differences shown at first and per "show more". */
const PAGE = 100;
const CELL = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  link: { textAlign: "start" },
});

export interface VerifyPanelProps {
  host: PaneHost;
  /** A primary button (step 1's 只核验 path) or a secondary one (step 4). */
  primary?: boolean;
  /** 操作人 the 作废 form starts with: the draw's, where the pane knows it (step 4). */
  operator?: string;
  /** After a 作废 was written: have the workbook read again, so later steps see it. */
  onWritten?: () => Promise<unknown>;
}

/**
 * 核验: read the workbook again, recompute every kept draw, compare cell by cell; say 通过 or list the
 * differences; then list every attempt, each kept one with 作废… (verified again once written).
 */
export function VerifyPanel({ host, primary = false, operator = "", onWritten }: VerifyPanelProps) {
  const s = useStrings();
  const services = useServices();
  const styles = useStyles();
  const verify = useVerify(services, host);
  const state = verify.state;
  const [limit, setLimit] = useState(PAGE);

  const run = () => {
    setLimit(PAGE);
    return verify.run();
  };
  const voiding = useVoid(services, host, operator, async () => {
    await run();
    await onWritten?.().catch(() => undefined);
  });

  const select = (sheet: string, cell: string) => void host.selectCell(sheet, cell).catch(() => undefined);
  const running = state.phase === "running";

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button appearance={primary ? "primary" : "secondary"} disabledFocusable={running || voiding.busy} onClick={() => void run()}>
          {s.verify}
        </Button>
        <Caption1 className={styles.hint}>{s.verifyHint}</Caption1>
      </div>
      <ProgressStatus running={running ? state.progress : null} idle="" />
      {state.phase === "done" && state.report.ok && (
        <MessageBar intent="success" layout="multiline" data-verdict="pass">
          <MessageBarBody>
            <MessageBarTitle>{s.verifyOk}</MessageBarTitle>
            {s.verifyOkBody(state.report.frameDigest ?? "")}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "done" && !state.report.ok && (
        <MessageBar intent="error" layout="multiline" data-verdict="fail">
          <MessageBarBody>
            <MessageBarTitle>{s.verifyFailed}</MessageBarTitle>
            {s.verifyFailedBody(state.report.differences.length)}
            <ul className={styles.list}>
              {state.report.differences.slice(0, limit).map((d, i) => {
                const where = d.cell ? `${d.sheet}!${d.cell}` : d.sheet;
                const text = s.difference(where, d.expected, d.found);
                return (
                  <li key={i}>
                    {host.kind === "excel" && CELL.test(d.cell) ? (
                      <Link as="button" className={styles.link} title={s.locate(where)} onClick={() => select(d.sheet, d.cell)}>
                        {text}
                      </Link>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ul>
            {state.report.differences.length > limit && (
              <Button appearance="subtle" size="small" onClick={() => setLimit(limit + PAGE)}>
                {s.showMore(limit, state.report.differences.length)}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.phase === "done" && state.report.attempts.length > 0 && <AttemptList attempts={state.report.attempts} voiding={voiding} />}
      {voiding.state.phase === "done" && <VoidDone host={host} attempt={voiding.state.attempt} written={voiding.state.written} />}
      {state.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.verifyFailed}</MessageBarTitle>
            {s.readFailed(state.message)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
