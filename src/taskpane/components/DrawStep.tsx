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
import type { PrepareView } from "../engine/protocol";
import { useStrings } from "../i18n";
import { useServices } from "../services";
import { useDraw, type DrawFailure, type DrawResult } from "../workflows/useDraw";
import { useSeed } from "../workflows/useSeed";
import type { Loaded } from "../workflows/useWorkbook";
import { DigestBox } from "./DigestBox";
import { ProgressStatus } from "./ProgressStatus";
import { StepFooter, StepSection } from "./Step";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  seed: { fontFamily: tokens.fontFamilyMonospace },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL, overflowWrap: "anywhere" },
  start: { alignSelf: "flex-start", minWidth: "160px" },
});

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
  const seed = useSeed(services.randomBytes);
  const [operator, setOperator] = useState("");
  const { running, failure, start } = useDraw(services, onDone);
  const take = view.tasks.reduce((a, t) => a + t.take, 0);

  const onStart = () => {
    seed.submit();
    if (!seed.check.ok) {
      seedRef.current?.focus();
      return;
    }
    void start({ loaded, view, tasks, meta: { seed: seed.check.seed, seedSource: seed.source, operator: operator.normalize("NFKC").trim() } });
  };

  const busy = running !== null;
  let seedMessage: string | undefined;
  let seedState: "none" | "error" | "success" = "none";
  if (seed.showCheck) {
    seedState = seed.check.ok ? "success" : "error";
    seedMessage = seed.check.ok ? s.seedOk(seed.check.seed.length) : seed.check.message;
  }

  return (
    <StepSection n={3} focusOnMount intro={s.drawSummary(view.tasks.length, take)}>
      <DigestBox label={s.publishedDigest} value={view.frameDigest} compact />

      <Field label={{ children: s.seedLabel, weight: "semibold" }} hint={s.seedHint} validationState={seedState} validationMessage={seedMessage}>
        <Textarea
          ref={seedRef}
          className={styles.seed}
          value={seed.text}
          resize="vertical"
          rows={3}
          disabled={busy}
          spellCheck={false}
          autoComplete="off"
          onChange={(_, data) => seed.setText(data.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="secondary" disabled={busy} onClick={seed.generate}>
          {s.generate}
        </Button>
        <Caption1 className={styles.hint}>{seed.source === "generated" ? s.seedGenerated : s.generateHint}</Caption1>
      </div>
      {seed.generateFailed && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.generateFailed}</MessageBarBody>
        </MessageBar>
      )}

      <Field label={s.operatorLabel} hint={s.operatorHint}>
        <Input value={operator} disabled={busy} autoComplete="name" onChange={(_, data) => setOperator(data.value)} />
      </Field>

      <Button appearance="primary" size="large" className={styles.start} disabledFocusable={busy} onClick={onStart}>
        {s.start}
      </Button>
      <ProgressStatus running={running} idle={failure ? "" : s.drawIdle} />

      {failure && <FailureMessage failure={failure} />}

      <StepFooter onBack={onBack} backDisabled={busy} />
    </StepSection>
  );
}

function FailureMessage({ failure }: { failure: DrawFailure }) {
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
                <li key={i}>{s.teamFailedReason(r.inspector, r.reason)}</li>
              ))}
            </ul>
            {s.teamFailedAdvice}
          </MessageBarBody>
        </MessageBar>
      );
    case "short":
      return (
        <MessageBar intent="error" layout="multiline" data-failure="short">
          <MessageBarBody>
            <MessageBarTitle>{s.shortTitle(failure.task)}</MessageBarTitle>
            {s.shortBody(failure.shortfall.stratum, failure.shortfall.take, failure.shortfall.size, failure.shortfall.capped)}
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
      const text = failure.kind === "write" ? (m: string) => s.writeFailed(m, failure.changed) : { read: s.readFailed, engine: s.engineFailed }[failure.kind];
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text(failure.message)}</MessageBarBody>
        </MessageBar>
      );
    }
  }
}
