import { Button, Caption1, Subtitle2, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Issue } from "../../core";
import { useStrings } from "../i18n";
import { countIssues, sortIssues } from "../issues";
import { IssueRow } from "./IssueRow";

/** Rows rendered at first and per "show more": a bad sheet can yield thousands of issues. */
export const ISSUE_PAGE = 50;

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalL,
  },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  empty: { display: "block", padding: `${tokens.spacingVerticalS} 0` },
});

/** The issue list, errors first, with the 只看错误 filter. */
export function IssueList({ issues, onSelect }: { issues: readonly Issue[]; onSelect?: (issue: Issue) => void }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const [limit, setLimit] = useState(ISSUE_PAGE);

  const sorted = useMemo(() => sortIssues(issues), [issues]);
  const { errors, warnings } = countIssues(issues);
  const shown = onlyErrors ? sorted.filter((i) => i.severity === "error") : sorted;
  const visible = shown.slice(0, limit);

  return (
    <section aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {s.issuesTitle(errors, warnings)}
        </Subtitle2>
        <Switch
          label={s.onlyErrors}
          checked={onlyErrors}
          onChange={(_, data) => {
            setOnlyErrors(data.checked);
            setLimit(ISSUE_PAGE);
          }}
        />
      </div>
      {shown.length === 0 ? (
        <Caption1 className={styles.empty}>{issues.length === 0 ? s.noIssues : s.noErrors}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {visible.map((issue, index) => (
            <IssueRow key={index} issue={issue} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {visible.length < shown.length && (
        <Button appearance="subtle" onClick={() => setLimit(limit + ISSUE_PAGE)}>
          {s.showMore(visible.length, shown.length)}
        </Button>
      )}
    </section>
  );
}
