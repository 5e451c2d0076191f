import { MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { countIssues } from "../issues";
import type { CheckState } from "../useWorkbookCheck";

const useStyles = makeStyles({
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "24px" },
});

/** One polite live region announces each phase; a failure also gets a visible error bar. */
export function StatusMessage({ state }: { state: CheckState }) {
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
    case "done": {
      const { errors, warnings } = countIssues(state.reading.issues);
      text = s.statusDone(state.source, errors, warnings);
      break;
    }
    case "failed":
      text = s.statusFailed(state.source);
      break;
  }

  return (
    <>
      <div role="status" aria-live="polite" className={styles.status}>
        {state.phase === "reading" && <Spinner size="tiny" aria-hidden="true" />}
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
