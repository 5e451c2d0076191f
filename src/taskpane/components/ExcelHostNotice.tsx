import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Inside Excel: the Office host is not built yet; say so and offer the file mode in the pane. */
export function ExcelHostNotice({ onOpenHere }: { onOpenHere: () => void }) {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.excelTitle}</MessageBarTitle>
          {s.excelBody}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={onOpenHere}>
            {s.excelOpenHere}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}
