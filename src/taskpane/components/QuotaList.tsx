import { Badge, Caption1, Subtitle2, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { useId } from "react";
import type { QuotaRow, Verdict } from "../../core";
import { useStrings } from "../i18n";

const COLORS: Record<Verdict, BadgeProps["color"]> = { 达标: "success", 未达标: "danger", 无法判断: "warning" };

const useStyles = makeStyles({
  heading: { margin: 0 },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalS} 0 0`, padding: 0 },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  title: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  rule: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  detail: { paddingInlineStart: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const s = useStrings();
  return (
    <Badge appearance="filled" color={COLORS[verdict]} shape="rounded" data-verdict={verdict}>
      {s.verdicts[verdict]}
    </Badge>
  );
}

/** The quota report: per rule its verdict badge, what is required and what the plan (or draw) gives. */
export function QuotaList({ rows, title, hint }: { rows: readonly QuotaRow[]; title: string; hint?: string }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
      <ul className={styles.list} aria-labelledby={headingId}>
        {rows.map((row, i) => (
          <li key={i} className={styles.row} data-verdict={row.verdict}>
            <span className={styles.title}>
              <VerdictBadge verdict={row.verdict} />
              <span className={styles.rule}>{row.rule}</span>
            </span>
            <dl className={styles.facts}>
              <dt className={styles.term}>{s.quotaColumns.required}</dt>
              <dd className={styles.value}>{row.required}</dd>
              <dt className={styles.term}>{s.quotaColumns.actual}</dt>
              <dd className={styles.value}>{row.actual}</dd>
            </dl>
            {row.detail && <Caption1 className={styles.detail}>{row.detail}</Caption1>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function verdictCounts(rows: readonly QuotaRow[]): { met: number; unmet: number; unknown: number } {
  return {
    met: rows.filter((r) => r.verdict === "达标").length,
    unmet: rows.filter((r) => r.verdict === "未达标").length,
    unknown: rows.filter((r) => r.verdict === "无法判断").length,
  };
}
