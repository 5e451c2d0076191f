import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Attempt } from "../../core";
import { resultFileName } from "../download";
import { useStrings } from "../i18n";
import type { PaneHost } from "../services";
import { useDownload } from "../workflows/useDownload";
import type { VoidControl } from "../workflows/useVoid";
import { VoidForm } from "./VoidForm";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  item: { marginBottom: tokens.spacingVerticalXS },
  button: { marginInlineStart: tokens.spacingHorizontalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

/** Every attempt of the workbook (第 N 次抽取, 保留 / 已作废), with 作废… beside each kept one not yet voided. */
export function AttemptList({ attempts, voiding }: { attempts: readonly Attempt[]; voiding: VoidControl }) {
  const s = useStrings();
  const styles = useStyles();
  const titleId = useId();
  const open = voiding.form?.attempt ?? null;

  return (
    <section className={styles.root} aria-labelledby={titleId}>
      <Subtitle2 as="h3" id={titleId} className={styles.heading}>
        {s.attemptsTitle(attempts.length)}
      </Subtitle2>
      <ul className={styles.list} aria-labelledby={titleId}>
        {attempts.map((a) => (
          <li key={a.number} className={styles.item} data-attempt={a.number}>
            {s.attempt(a)}
            {a.kept && !a.voided && (
              <Button
                size="small"
                className={styles.button}
                aria-label={s.voidAttemptLabel(a.number)}
                aria-expanded={open === a.number}
                disabled={voiding.busy}
                onClick={() => voiding.open(a.number)}
              >
                {s.voidAttempt}
              </Button>
            )}
            {open === a.number && <VoidForm key={a.number} voiding={voiding} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The 作废 just written: what was written; in Excel, save the workbook; on the file page, download it. */
export function VoidDone({ host, attempt, written }: { host: PaneHost; attempt: Attempt; written: readonly string[] }) {
  const s = useStrings();
  const styles = useStyles();
  const date = (attempt.voided?.time ?? "").slice(0, 10);
  const download = useDownload(host, resultFileName(host, host.title, date, s.fileLabels.void));

  return (
    <MessageBar intent="success" layout="multiline" data-voided={attempt.number}>
      <MessageBarBody>
        <MessageBarTitle>{s.voidDoneTitle(attempt.number)}</MessageBarTitle>
        {s.voidDoneBody(written[0] ?? "")}
        {download ? (
          <div className={styles.row}>
            <Button appearance="primary" size="small" disabledFocusable={download.saving} onClick={() => void download.download()}>
              {s.voidDownload}
            </Button>
            {download.saving && <Spinner size="tiny" label={s.progress.saving} />}
            {download.error && <span role="alert">{s.downloadFailed(download.error)}</span>}
          </div>
        ) : (
          <div>{s.voidExcelSaveHint}</div>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
