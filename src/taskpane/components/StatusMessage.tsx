import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { checkIssues, countIssues } from "../issues";
import type { WorkbookState } from "../workflows/useWorkbook";

const useStyles = makeStyles({
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
});

/** One polite live region announces each phase; a failure also gets a visible error bar. */
export function StatusMessage({ state }: { state: WorkbookState }) {
  const s = useStrings();
  const styles = useStyles();

  let text: string;
  switch (state.phase) {
    case "idle":
      text = s.statusIdle;
      break;
    case "reading":
      text = s.statusReading(state.source);
      break;
    case "ready": {
      if (state.checking) {
        text = s.statusChecking;
        break;
      }
      const { errors, warnings } = countIssues(checkIssues(state.loaded.view));
      text = s.statusDone(state.loaded.source, errors, warnings);
      break;
    }
    case "failed":
      text = s.statusFailed(state.source);
      break;
  }
  const busy = state.phase === "reading" || (state.phase === "ready" && state.checking);

  return (
    <>
      <div role="status" aria-live="polite" className={styles.status}>
        {busy && <Spinner size="tiny" aria-hidden="true" />}
        <span>{text}</span>
      </div>
      {state.phase === "failed" && (
        <MessageBar intent="error" politeness="assertive" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.statusFailed(state.source)}</MessageBarTitle>
            {s.checkErrors[state.error.code](state.error.detail)}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
