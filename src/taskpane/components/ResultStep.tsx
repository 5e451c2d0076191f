import {
  Button,
  Caption1,
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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { resultFileName } from "../download";
import { useStrings } from "../i18n";
import { useDownload } from "../workflows/useDownload";
import type { DrawResult } from "../workflows/useDraw";
import type { Loaded } from "../workflows/useWorkbook";
import { DigestBox } from "./DigestBox";
import { QuotaList, verdictCounts } from "./QuotaList";
import { StepFooter, StepSection } from "./Step";
import { VerifyPanel } from "./VerifyPanel";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  sheets: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  number: { textAlign: "end", width: "1%", whiteSpace: "nowrap" },
  hiddenNote: { color: tokens.colorNeutralForeground3 },
  facts: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, overflowWrap: "anywhere" },
  summary: { fontWeight: tokens.fontWeightSemibold },
});

export interface ResultStepProps {
  loaded: Loaded;
  result: DrawResult;
  onRestart: () => void;
  /** After a 作废 was written from the verify panel: read the workbook again. */
  onWritten?: () => Promise<unknown>;
}

/** Step 4 结果: what was written, how many were drawn, the digests, 下载结果 (file mode) and 核验. */
export function ResultStep({ loaded, result, onRestart, onWritten }: ResultStepProps) {
  const s = useStrings();
  const styles = useStyles();
  const writtenId = useId();
  const tasksId = useId();
  const recordId = useId();
  const { summary, quotas, written } = result;
  const host = loaded.host;
  const download = useDownload(host, resultFileName(host, loaded.source, summary.time.slice(0, 10), s.fileLabels.result));
  const counts = verdictCounts(quotas);
  const c = s.resultColumns;
  const f = s.fields;

  return (
    <StepSection n={4} focusOnMount>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{s.resultTitle}</MessageBarTitle>
          {s.resultBody(written.length)}
        </MessageBarBody>
      </MessageBar>

      <div className={styles.block}>
        {download ? (
          <div className={styles.row}>
            <Button appearance="primary" disabledFocusable={download.saving} onClick={() => void download.download()}>
              {s.download}
            </Button>
            {download.saving ? <Spinner size="tiny" label={s.progress.saving} /> : <Caption1 className={styles.hint}>{s.downloadHint}</Caption1>}
          </div>
        ) : (
          <Caption1 className={styles.hint}>{s.excelSaveHint}</Caption1>
        )}
        {download?.error && (
          <MessageBar intent="error">
            <MessageBarBody>{s.downloadFailed(download.error)}</MessageBarBody>
          </MessageBar>
        )}
        <VerifyPanel host={host} operator={summary.operator} onWritten={onWritten} />
      </div>

      <section className={styles.block} aria-labelledby={tasksId}>
        <Subtitle2 as="h3" id={tasksId} className={styles.heading}>
          {s.resultTasksTitle}
        </Subtitle2>
        <div className={styles.scroll}>
          <Table size="small" aria-labelledby={tasksId} className={styles.table}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{c.task}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.eligible}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.take}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{c.drawn}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.tasks.map((t) => (
                <TableRow key={t.code} data-task={t.code}>
                  <TableCell>
                    {t.code} {t.name}
                  </TableCell>
                  <TableCell className={styles.number}>{t.eligible}</TableCell>
                  <TableCell className={styles.number}>{t.take}</TableCell>
                  <TableCell className={styles.number}>{t.drawn}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </section>

      <section className={styles.block} aria-labelledby={writtenId}>
        <Subtitle2 as="h3" id={writtenId} className={styles.heading}>
          {s.writtenTitle}
        </Subtitle2>
        <ul className={styles.sheets} aria-labelledby={writtenId}>
          {written.map((name, i) => (
            <li key={name}>
              {name}
              {result.hidden[i] && <span className={styles.hiddenNote}>{s.hiddenSheet}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section className={styles.block} aria-labelledby={recordId}>
        <Subtitle2 as="h3" id={recordId} className={styles.heading}>
          {s.recordTitle}
        </Subtitle2>
        <DigestBox label={f.seed} value={summary.seed} hint={s.seedSources[summary.seedSource]} compact />
        <DigestBox label={f.frameDigest} value={summary.frameDigest} compact />
        <DigestBox label={f.resultDigest} value={summary.resultDigest} compact />
        <dl className={styles.facts}>
          <dt className={styles.term}>{f.time}</dt>
          <dd className={styles.value}>{summary.time}</dd>
          <dt className={styles.term}>{f.operator}</dt>
          <dd className={styles.value}>{summary.operator || s.noOperator}</dd>
          <dt className={styles.term}>{f.algorithm}</dt>
          <dd className={styles.value}>{summary.algorithm}</dd>
        </dl>
      </section>

      <div className={styles.block}>
        <Caption1 className={styles.summary}>{s.quotaSummary(counts.met, counts.unmet, counts.unknown)}</Caption1>
        <QuotaList rows={quotas} title={s.quotaReportTitle} />
      </div>

      <StepFooter extra={<Button onClick={onRestart}>{s.restart}</Button>} />
    </StepSection>
  );
}
