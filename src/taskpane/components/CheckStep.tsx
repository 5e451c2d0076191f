import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import { drawability, type Issue } from "../../core";
import { useStrings } from "../i18n";
import type { SampleId } from "../samples";
import { checkIssues, countIssues } from "../issues";
import type { HostMode } from "../mode";
import type { Assign, WorkbookState } from "../workflows/useWorkbook";
import { IssueList } from "./IssueList";
import { SheetMappingTable } from "./SheetMappingTable";
import { StatusMessage } from "./StatusMessage";
import { StepFooter, StepSection } from "./Step";
import { VerifyPanel } from "./VerifyPanel";
import { WorkbookPicker } from "./WorkbookPicker";

const useStyles = makeStyles({
  drop: {
    minHeight: "60vh",
    outline: `${tokens.strokeWidthThick} dashed transparent`,
    outlineOffset: "-6px",
  },
  dragging: {
    outlineColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

export interface CheckStepProps {
  mode: HostMode;
  state: WorkbookState;
  focusOnMount: boolean;
  /** The sample the 示例 choice shows first (the one the page loaded at once, if any). */
  sample?: SampleId;
  onFile: (file: File) => void;
  onSample: (id: SampleId) => void;
  onReread: () => void;
  onAssign: (assign: Assign) => void;
  onNext: () => void;
  /** After a 作废 was written from the verify panel: read the workbook again. */
  onWritten?: () => Promise<unknown>;
}

/** Step 1 数据检查: open a workbook (file mode) or read the open one (Excel), show which sheet is which and every problem. */
export function CheckStep({ mode, state, focusOnMount, sample, onFile, onSample, onReread, onAssign, onNext, onWritten }: CheckStepProps) {
  const s = useStrings();
  const styles = useStyles();
  const [dragging, setDragging] = useState(false);
  const busy = state.phase === "reading" || (state.phase === "ready" && state.checking);
  const file = mode === "file";

  const onDragOver = (event: DragEvent) => {
    if (!file || !hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? "none" : "copy";
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    if (!file) return;
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer?.files?.[0];
    if (dropped && !busy) onFile(dropped);
  };

  const loaded = state.phase === "ready" ? state.loaded : null;
  const issues = loaded ? checkIssues(loaded.view) : [];
  const verdict = drawability(issues);
  // Errors in reading stop here; errors of the plan belong to tasks, which step 2 lets the clerk leave out.
  const readingErrors = loaded ? countIssues(loaded.view.readingIssues).errors : 0;
  const blocked = readingErrors > 0 ? (file ? s.blockedFile : s.blockedExcel) : null;
  const select = loaded && loaded.host.kind === "excel" ? (issue: Issue) => void loaded.host.selectCell(issue.sheet, issue.cell).catch(() => undefined) : undefined;

  return (
    <StepSection
      n={1}
      focusOnMount={focusOnMount}
      intro={dragging ? s.dropActive : file ? s.intro : s.excelIntro}
      className={file ? mergeClasses(styles.drop, dragging && styles.dragging) : undefined}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {file ? (
        <WorkbookPicker busy={busy} sample={sample} onFile={onFile} onSample={onSample} />
      ) : (
        <div className={styles.row}>
          <Button appearance="secondary" disabled={busy} onClick={onReread}>
            {s.reread}
          </Button>
        </div>
      )}
      <StatusMessage state={state} />
      {loaded?.view.hasRecord && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.recordFoundTitle}</MessageBarTitle>
            {s.recordFoundBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {loaded?.view.hasRecord && <VerifyPanel host={loaded.host} primary onWritten={onWritten} />}
      {loaded && (
        <>
          <SheetMappingTable view={loaded.view} assign={loaded.assign} onAssign={onAssign} disabled={busy} />
          {verdict.verdict === "blocked" && readingErrors === 0 && (
            <MessageBar intent="warning" layout="multiline" data-verdict="blocked">
              <MessageBarBody>
                <MessageBarTitle>{s.planBlockedTitle}</MessageBarTitle>
                {s.planBlockedBody}
              </MessageBarBody>
            </MessageBar>
          )}
          {verdict.verdict === "uncertain" && (
            <MessageBar intent="warning" layout="multiline" data-verdict="uncertain">
              <MessageBarBody>
                <MessageBarTitle>{s.mayNotDrawTitle}</MessageBarTitle>
                {s.mayNotDrawBody}
              </MessageBarBody>
            </MessageBar>
          )}
          <IssueList issues={issues} onSelect={select} />
        </>
      )}
      {loaded && <StepFooter onNext={onNext} blocked={blocked} busy={busy} />}
    </StepSection>
  );
}
