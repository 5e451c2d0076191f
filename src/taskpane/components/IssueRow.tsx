import { Badge, Caption1, Link, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core";
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
  link: { textAlign: "start" },
  code: { color: tokens.colorNeutralForeground3 },
});

/** `企业名录!B12`, or the sheet alone when the issue is about a whole sheet. */
export function issueAddress(issue: Pick<Issue, "sheet" | "cell">): string {
  return issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
}

export interface IssueRowProps {
  issue: Issue;
  /** Excel mode: select the issue's cell in the workbook. Absent in file mode (the message names the cell). */
  onSelect?: (issue: Issue) => void;
}

/** One issue: severity badge, the core's Chinese message (it already names the cell), the code. */
export function IssueRow({ issue, onSelect }: IssueRowProps) {
  const s = useStrings();
  const styles = useStyles();
  const error = issue.severity === "error";
  const canSelect = onSelect !== undefined && issue.sheet !== "";
  return (
    <li className={styles.row} data-severity={issue.severity}>
      <Badge appearance={error ? "filled" : "tint"} color={error ? "danger" : "warning"} shape="rounded">
        {error ? s.severity.error : s.severity.warning}
      </Badge>
      <span className={styles.text}>
        {canSelect ? (
          <Link as="button" className={styles.link} title={s.locate(issueAddress(issue))} onClick={() => onSelect(issue)}>
            {issue.message}
          </Link>
        ) : (
          <span>{issue.message}</span>
        )}
        <Caption1 className={styles.code}>{issue.code}</Caption1>
      </span>
    </li>
  );
}
