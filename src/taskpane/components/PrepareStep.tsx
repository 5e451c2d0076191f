import {
  Button,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import type { Issue } from "../../core";
import type { PrepareView, TaskView } from "../engine/protocol";
import { useStrings } from "../i18n";
import { useServices } from "../services";
import { useAnnouncement } from "../workflows/useAnnouncement";
import type { PlanState } from "../workflows/usePlan";
import type { Loaded } from "../workflows/useWorkbook";
import { DigestBox } from "./DigestBox";
import { IssueList } from "./IssueList";
import { QuotaList } from "./QuotaList";
import { StepFooter, StepSection } from "./Step";

const useStyles = makeStyles({
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
  taskLine: { display: "block", marginInlineStart: "32px", marginTop: "-6px", color: tokens.colorNeutralForeground3 },
  status: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "20px" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  errorList: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  task: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  taskName: { fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  number: { textAlign: "end", width: "1%", whiteSpace: "nowrap" },
  key: { whiteSpace: "nowrap" },
  note: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

function StrataTable({ task }: { task: TaskView }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const c = s.strataColumns;
  return (
    <div className={styles.task} data-task={task.code}>
      <Text id={headingId} className={styles.taskName}>
        {task.code} {task.name}
      </Text>
      <Caption1 className={styles.note}>{s.taskTotal(task.eligible, task.excluded, task.take)}</Caption1>
      <div className={styles.scroll}>
        <Table size="extra-small" aria-labelledby={headingId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.key}>{c.key}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{c.size}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{c.take}</TableHeaderCell>
              <TableHeaderCell>{c.note}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {task.strata.map((st) => (
              <TableRow key={st.key}>
                <TableCell className={styles.key}>{st.key}</TableCell>
                <TableCell className={styles.number}>{st.size}</TableCell>
                <TableCell className={styles.number}>{st.take}</TableCell>
                <TableCell className={styles.note}>{st.note}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

export interface PrepareStepProps {
  loaded: Loaded;
  plan: PlanState;
  unticked: ReadonlySet<string>;
  onToggle: (code: string, ticked: boolean) => void;
  /** Called after the announcement was written: the workbook is read again. */
  onWritten: () => Promise<unknown>;
  onBack: () => void;
  onNext: () => void;
}

/** Step 2 抽取准备: tasks, strata and counts, quota preview, the frame digest and the 抽取公告. */
export function PrepareStep({ loaded, plan, unticked, onToggle, onWritten, onBack, onNext }: PrepareStepProps) {
  const s = useStrings();
  const services = useServices();
  const styles = useStyles();
  const legendId = useId();
  const announcement = useAnnouncement(services, loaded, s.fileLabels.announcement, onWritten);
  const announce = announcement.state;
  const all = new Map(loaded.view.tasks.map((t) => [t.code, t]));
  const view: PrepareView | null = plan.phase === "ready" ? plan.view : null;
  const tasks = plan.phase === "ready" ? plan.tasks : undefined;
  const errors = view ? view.planIssues.filter((i) => i.severity === "error") : [];
  const host = loaded.host;
  const select = host.kind === "excel" ? (issue: Issue) => void host.selectCell(issue.sheet, issue.cell).catch(() => undefined) : undefined;

  let blocked: string | null = null;
  if (plan.phase === "empty") blocked = s.noTaskSelected;
  else if (plan.phase === "failed") blocked = s.planFailed(plan.message);
  else if (view && !view.ok) blocked = s.blockedPlan;

  return (
    <StepSection n={2} focusOnMount>
      <fieldset className={styles.fieldset} aria-describedby={`${legendId}-hint`}>
        <legend className={styles.legend}>
          <Subtitle2 as="h3" id={legendId} className={styles.heading}>
            {s.tasksTitle}
          </Subtitle2>
        </legend>
        <Caption1 id={`${legendId}-hint`} className={styles.hint}>
          {s.tasksHint}
        </Caption1>
        {loaded.view.allTasks.map((t, index) => {
          const counts = all.get(t.code);
          const countsId = `${legendId}-task-${index}`;
          return (
            <div key={t.code}>
              <Checkbox
                label={`${t.code} ${t.name}`}
                checked={!unticked.has(t.code)}
                onChange={(_, data) => onToggle(t.code, data.checked === true)}
                aria-describedby={counts ? countsId : undefined}
              />
              {counts && (
                <Caption1 id={countsId} className={styles.taskLine}>
                  {s.taskLine(counts.eligible, counts.take)}
                </Caption1>
              )}
            </div>
          );
        })}
        <div role="status" aria-live="polite" className={styles.status}>
          {plan.phase === "computing" && <Spinner size="tiny" aria-hidden="true" />}
          {plan.phase === "computing" && <span>{s.planning}</span>}
          {plan.phase === "empty" && <span className={styles.warning}>{s.noTaskSelected}</span>}
        </div>
      </fieldset>
      {plan.phase === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{s.planFailed(plan.message)}</MessageBarBody>
        </MessageBar>
      )}

      {view && (
        <>
          {errors.length > 0 && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{s.infeasibleTitle}</MessageBarTitle>
                {s.infeasibleBody}
                <ul className={styles.errorList}>
                  {errors.map((issue, i) => (
                    <li key={i}>{issue.message}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {view.planIssues.length > errors.length && (
            <IssueList issues={view.planIssues.filter((i) => i.severity !== "error")} onSelect={select} />
          )}

          <DigestBox label={s.digestTitle} value={view.frameDigest} hint={s.digestHint} />

          <div className={styles.block}>
            <div className={styles.actions}>
              <Button appearance="secondary" disabledFocusable={announce.phase === "writing" || !view.ok} onClick={() => view && void announcement.write(view.frameDigest, tasks)}>
                {s.writeAnnouncement}
              </Button>
              {announce.phase === "writing" && <Spinner size="tiny" aria-hidden="true" />}
              {announce.phase === "written" && announce.digest === view.frameDigest && announcement.download && (
                <Button appearance="subtle" onClick={() => void announcement.download?.()}>
                  {s.downloadAnnouncement}
                </Button>
              )}
            </div>
            <Caption1 className={styles.hint}>{s.announcementHint}</Caption1>
            <div aria-live="polite">
              {announce.phase === "written" && announce.digest === view.frameDigest && (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>
                    {s.announcementWritten(announce.names)}
                    {host.kind === "file" ? ` ${s.announcementFileNote}` : ""}
                  </MessageBarBody>
                </MessageBar>
              )}
            </div>
            {announce.phase === "failed" && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>{s.writeFailed(announce.message, announce.changed)}</MessageBarBody>
              </MessageBar>
            )}
          </div>

          <section className={styles.block} aria-labelledby={`${legendId}-strata`}>
            <Subtitle2 as="h3" id={`${legendId}-strata`} className={styles.heading}>
              {s.strataTitle}
            </Subtitle2>
            {view.tasks.map((task) => (
              <StrataTable key={task.code} task={task} />
            ))}
          </section>

          <QuotaList rows={view.quotas} title={s.quotaTitle} hint={s.quotaPreviewHint} />
        </>
      )}

      <StepFooter onBack={onBack} onNext={onNext} blocked={blocked} busy={plan.phase === "computing" || announce.phase === "writing"} />
    </StepSection>
  );
}
