import { Button, Caption1, Select, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId, useState, type ChangeEvent } from "react";
import { SAMPLES, type SampleId } from "../samples";
import { useStrings } from "../i18n";
import { visuallyHidden } from "../theme";

// Workbooks and templates, with and without macros: the result of a template is a workbook
// (docs/workbook.md §8), as on the command line. What the file really is is decided from its bytes.
const XLSX_TYPES = [
  ".xlsx",
  ".xlsm",
  ".xltx",
  ".xltm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-excel.sheet.macroEnabled.12",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template",
  "application/vnd.ms-excel.template.macroEnabled.12",
].join(",");

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The native input stays focusable and announced; only its look is replaced by the label.
  input: {
    ...visuallyHidden,
    ":focus-visible + label": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  label: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
  },
  labelDisabled: {
    cursor: "not-allowed",
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    color: tokens.colorNeutralForegroundDisabled,
    ":hover": { backgroundColor: tokens.colorNeutralBackgroundDisabled },
  },
});

export interface WorkbookPickerProps {
  busy: boolean;
  onFile: (file: File) => void;
  onSample: (id: SampleId) => void;
  /** The sample chosen at first. */
  sample?: SampleId;
}

/** 打开工作簿 (a real file input with a visible label) and the 示例 button. */
export function WorkbookPicker({ busy, sample: first = "flat", onFile, onSample }: WorkbookPickerProps) {
  const s = useStrings();
  const styles = useStyles();
  const inputId = useId();
  const hintId = useId();
  const [sample, setSample] = useState<SampleId>(first);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Reset so that choosing the same file again (after fixing it) reads it again.
    event.target.value = "";
    if (file) onFile(file);
  };

  return (
    <div>
      <div className={styles.row}>
        <input
          id={inputId}
          className={styles.input}
          type="file"
          accept={XLSX_TYPES}
          disabled={busy}
          aria-describedby={hintId}
          onChange={onChange}
        />
        <label htmlFor={inputId} className={mergeClasses(styles.label, busy && styles.labelDisabled)}>
          {s.openWorkbook}
        </label>
        <Button appearance="secondary" disabled={busy} onClick={() => onSample(sample)} title={s.sampleDescription}>
          {s.sample}
        </Button>
        <Select aria-label={s.sampleChoice} value={sample} disabled={busy} onChange={(_, data) => setSample(data.value as SampleId)}>
          {SAMPLES.map((id) => (
            <option key={id} value={id}>
              {s.sampleNames[id]}
            </option>
          ))}
        </Select>
      </div>
      <Caption1 id={hintId}>{s.dropHint}</Caption1>
    </div>
  );
}
