import { Badge, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/issue";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  row: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: "flex", flexDirection: "column", wordBreak: "break-word" },
  code: { color: tokens.colorNeutralForeground3 },
});

/** One issue: severity badge, the core's Chinese message (it already names the cell), the code. */
export function IssueRow({ issue }: { issue: Issue }) {
  const s = useStrings();
  const styles = useStyles();
  const error = issue.severity === "error";
  return (
    <li className={styles.row} data-severity={issue.severity}>
      <Badge appearance={error ? "filled" : "tint"} color={error ? "danger" : "warning"} shape="rounded">
        {error ? s.severity.error : s.severity.warning}
      </Badge>
      <span className={styles.text}>
        <span>{issue.message}</span>
        <Caption1 className={styles.code}>{issue.code}</Caption1>
      </span>
    </li>
  );
}
