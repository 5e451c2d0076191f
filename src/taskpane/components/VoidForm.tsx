import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { useStrings } from "../i18n";
import { reasonGiven, type VoidControl, type VoidFailure } from "../workflows/useVoid";
import { ProgressStatus } from "./ProgressStatus";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The inline 作废 form of the attempt `voiding.form` names: the warning, 作废原因 (required), 操作人, confirm or cancel. */
export function VoidForm({ voiding }: { voiding: VoidControl }) {
  const s = useStrings();
  const styles = useStyles();
  const titleId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [left, setLeft] = useState(false);
  useEffect(() => reasonRef.current?.focus(), []);
  const form = voiding.form;
  if (!form) return null;
  const missing = left && !reasonGiven(form.reason);

  return (
    <div role="group" aria-labelledby={titleId} className={styles.form}>
      <Text id={titleId} weight="semibold">
        {s.voidTitle(form.attempt)}
      </Text>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{s.voidWarning}</MessageBarBody>
      </MessageBar>
      <Field label={s.voidReasonLabel} required hint={s.voidReasonHint} validationState={missing ? "error" : "none"} validationMessage={missing ? s.voidReasonMissing : undefined}>
        <Textarea
          ref={reasonRef}
          value={form.reason}
          rows={2}
          resize="vertical"
          disabled={voiding.busy}
          onChange={(_, data) => voiding.edit({ reason: data.value })}
          onBlur={() => setLeft(true)}
        />
      </Field>
      <Field label={s.operatorLabel} hint={s.voidOperatorHint}>
        <Input value={form.operator} disabled={voiding.busy} autoComplete="name" onChange={(_, data) => voiding.edit({ operator: data.value })} />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabledFocusable={!voiding.canConfirm} onClick={() => void voiding.confirm()}>
          {s.voidConfirm}
        </Button>
        <Button disabled={voiding.busy} onClick={voiding.cancel}>
          {s.voidCancel}
        </Button>
      </div>
      <ProgressStatus running={form.running} idle="" />
      {form.failure && <VoidFailureMessage failure={form.failure} />}
    </div>
  );
}

function VoidFailureMessage({ failure }: { failure: VoidFailure }) {
  const s = useStrings();
  if (failure.kind === "refused") {
    return (
      <MessageBar intent="error" layout="multiline" data-failure="refused">
        <MessageBarBody>
          <MessageBarTitle>{s.voidRefusedTitle}</MessageBarTitle>
          {failure.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const text = failure.kind === "write" ? (m: string) => s.writeFailed(m, failure.changed) : { read: s.readFailed, engine: s.voidEngineFailed }[failure.kind];
  return (
    <MessageBar intent="error" layout="multiline" data-failure={failure.kind}>
      <MessageBarBody>{text(failure.message)}</MessageBarBody>
    </MessageBar>
  );
}
