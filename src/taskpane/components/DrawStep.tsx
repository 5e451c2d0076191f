import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { checkSeed, type Issue, normalizeSeed, type QuotaRow, seedFromRandomBytes, type TeamFailure } from "../../core";
import { EngineError } from "../engine/client";
import type { DrawSummary, PrepareView } from "../engine/protocol";
import { useStrings } from "../i18n";
import { sheetInput, useServices } from "../services";
import { engineOptions, type Loaded } from "../useWorkbook";
import { DigestBox } from "./DigestBox";
import { ProgressStatus, type Running } from "./ProgressStatus";
import { StepFooter, StepSection } from "./Step";

/** What a completed draw hands to step 4. */
export interface DrawResult {
  summary: DrawSummary;
  quotas: QuotaRow[];
  written: string[];
  /** Per written sheet: hidden from the user (the record data). */
  hidden: boolean[];
}

type Failure =
  | { kind: "team"; task: string; failure: TeamFailure }
  | { kind: "changed"; expected: string; found: string }
  | { kind: "infeasible"; issues: Issue[] }
  | { kind: "read"; message: string }
  | { kind: "write"; message: string }
  | { kind: "engine"; message: string };

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  seed: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  start: { alignSelf: "flex-start", minWidth: "160px" },
});

/** 24 digits from the browser's cryptographic generator (a byte ≥ 250 is skipped, so more bytes may be needed). */
function generatedSeed(randomBytes: (n: number) => Uint8Array): string | null {
  for (let attempt = 0; attempt < 4; attempt++) {
    const seed = seedFromRandomBytes(randomBytes(64));
    if (seed) return seed;
  }
  return null;
}

export interface DrawStepProps {
  loaded: Loaded;
  view: PrepareView;
  tasks: string[] | undefined;
  onBack: () => void;
  onDone: (result: DrawResult) => void;
}

/** Step 3 抽取: the seed (witnessed, or generated), the operator, and the draw itself with progress. */
export function DrawStep({ loaded, view, tasks, onBack, onDone }: DrawStepProps) {
  const s = useStrings();
  const services = useServices();
  const styles = useStyles();
  const seedRef = useRef<HTMLTextAreaElement>(null);
  const [seedText, setSeedText] = useState("");
  const [generated, setGenerated] = useState<string | null>(null);
  const [generateFailed, setGenerateFailed] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [operator, setOperator] = useState("");
  const [running, setRunning] = useState<Running | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const check = checkSeed(seedText);
  const showCheck = seedText.trim() !== "" || submitted;
  const isGenerated = check.ok && generated !== null && normalizeSeed(seedText) === generated;
  const take = view.tasks.reduce((a, t) => a + t.take, 0);

  const generate = () => {
    let seed: string | null = null;
    try {
      seed = generatedSeed(services.randomBytes);
    } catch {
      seed = null;
    }
    setGenerateFailed(seed === null);
    if (!seed) return;
    setGenerated(seed);
    setSeedText(seed);
  };

  const start = async () => {
    setSubmitted(true);
    setFailure(null);
    if (!check.ok) {
      seedRef.current?.focus();
      return;
    }
    const progress = (fraction: number, label: Running["label"]) => setRunning({ fraction, label });
    progress(0, "reading");
    const host = loaded.host;
    try {
      let sheets;
      try {
        sheets = await sheetInput(host, (f) => progress(0.15 * f, "reading"));
      } catch (e) {
        setFailure({ kind: "read", message: e instanceof Error ? e.message : String(e) });
        return;
      }
      let outcome;
      try {
        outcome = await services.engine.draw(
          {
            sheets,
            options: engineOptions(loaded, tasks),
            meta: { seed: check.seed, seedSource: isGenerated ? "generated" : "typed", time: services.now(), operator: operator.normalize("NFKC").trim() },
            frameDigest: view.frameDigest,
          },
          (f, label) => progress(0.15 + 0.65 * f, label),
        );
      } catch (e) {
        setFailure({ kind: "engine", message: e instanceof EngineError || e instanceof Error ? e.message : String(e) });
        return;
      }
      if (outcome.kind !== "done") {
        setFailure(outcome);
        return;
      }
      progress(0.8, "writing");
      let written: string[];
      try {
        written = await host.writeSheets(outcome.specs, (f) => progress(0.8 + 0.2 * f, "writing"));
      } catch (e) {
        setFailure({ kind: "write", message: e instanceof Error ? e.message : String(e) });
        return;
      }
      const hidden = outcome.specs.map((spec) => spec.state === "hidden" || spec.state === "veryHidden");
      onDone({ summary: outcome.summary, quotas: outcome.quotas, written, hidden });
    } finally {
      setRunning(null);
    }
  };

  const busy = running !== null;
  let seedMessage: string | undefined;
  let seedState: "none" | "error" | "success" = "none";
  if (showCheck) {
    seedState = check.ok ? "success" : "error";
    seedMessage = check.ok ? s.seedOk(check.seed.length) : check.message;
  }

  return (
    <StepSection n={3} focusOnMount intro={s.drawSummary(view.tasks.length, take)}>
      <DigestBox label={s.publishedDigest} value={view.frameDigest} compact />

      <Field label={{ children: s.seedLabel, weight: "semibold" }} hint={s.seedHint} validationState={seedState} validationMessage={seedMessage}>
        <Textarea
          ref={seedRef}
          className={styles.seed}
          value={seedText}
          resize="vertical"
          rows={3}
          disabled={busy}
          spellCheck={false}
          autoComplete="off"
          onChange={(_, data) => setSeedText(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={busy} onClick={generate}>
          {s.generate}
        </Button>
        <Caption1 className={styles.hint}>{isGenerated ? s.seedGenerated : s.generateHint}</Caption1>
      </div>
      {generateFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.generateFailed}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={s.operatorLabel} hint={s.operatorHint}>
        <Input value={operator} disabled={busy} autoComplete="name" onChange={(_, data) => setOperator(data.value)} />
      </Field>

      <Button appearance="primary" size="large" className={styles.start} disabledFocusable={busy} onClick={() => void start()}>
        {s.start}
      </Button>
      <ProgressStatus running={running} idle={failure ? "" : s.drawIdle} />

      {failure && <FailureMessage failure={failure} />}

      <StepFooter onBack={onBack} backDisabled={busy} />
    </StepSection>
  );
}

function FailureMessage({ failure }: { failure: Failure }) {
  const s = useStrings();
  const styles = useStyles();
  switch (failure.kind) {
    case "team":
      return (
        <MessageBar intent="error" layout="multiline" data-failure="team">
          <MessageBarBody>
            <MessageBarTitle>{s.teamFailedTitle(failure.task)}</MessageBarTitle>
            {s.teamFailedBody(failure.failure.target, failure.failure.seat)}
            <ul className={styles.list}>
              {failure.failure.reasons.map((r, i) => (
                <li key={i}>
                  {r.inspector}：{r.reason}
                </li>
              ))}
            </ul>
            {s.teamFailedAdvice}
          </MessageBarBody>
        </MessageBar>
      );
    case "changed":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.changedTitle}</MessageBarTitle>
            {s.changedBody(failure.expected, failure.found)}
          </MessageBarBody>
        </MessageBar>
      );
    case "infeasible":
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.infeasibleTitle}</MessageBarTitle>
            {s.drawInfeasible}
            <ul className={styles.list}>
              {failure.issues.map((issue, i) => (
                <li key={i}>{issue.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case "read":
    case "write":
    case "engine": {
      const text = { read: s.readFailed, write: s.writeFailed, engine: s.engineFailed }[failure.kind];
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text(failure.message)}</MessageBarBody>
        </MessageBar>
      );
    }
  }
}
