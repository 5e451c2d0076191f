import { Body1, Subtitle1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type DragEvent } from "react";
import { useStrings } from "../i18n";
import { useServices } from "../services";
import { useWorkbookCheck } from "../useWorkbookCheck";
import { IssueList } from "./IssueList";
import { SheetMappingTable } from "./SheetMappingTable";
import { StatusMessage } from "./StatusMessage";
import { WorkbookPicker } from "./WorkbookPicker";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    minHeight: "60vh",
    outline: `${tokens.strokeWidthThick} dashed transparent`,
    outlineOffset: "-6px",
  },
  dragging: {
    outlineColor: tokens.colorBrandStroke1,
    backgroundColor: tokens.colorBrandBackground2,
  },
  heading: { margin: 0 },
});

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes("Files");
}

/** Step 1 数据检查 in file mode: open a workbook (picker, drop or sample), show what was found. */
export function FileCheckStep() {
  const s = useStrings();
  const services = useServices();
  const styles = useStyles();
  const headingId = useId();
  const { state, openFile, openSample } = useWorkbookCheck(services, s.sampleName);
  const [dragging, setDragging] = useState(false);
  const busy = state.phase === "reading";

  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? "none" : "copy";
    setDragging(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer?.files?.[0];
    if (file && !busy) void openFile(file);
  };

  return (
    <section
      aria-labelledby={headingId}
      className={mergeClasses(styles.root, dragging && styles.dragging)}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Subtitle1 as="h2" id={headingId} className={styles.heading}>
        {s.stepCheck}
      </Subtitle1>
      <Body1>{dragging ? s.dropActive : s.intro}</Body1>
      <WorkbookPicker busy={busy} onFile={(file) => void openFile(file)} onSample={() => void openSample()} />
      <StatusMessage state={state} />
      {state.phase === "done" && (
        <>
          <SheetMappingTable reading={state.reading} />
          <IssueList issues={state.reading.issues} />
        </>
      )}
    </section>
  );
}
