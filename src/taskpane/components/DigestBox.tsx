import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { CopyButton } from "./CopyButton";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  top: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    letterSpacing: "0.04em",
    overflowWrap: "anywhere",
    userSelect: "all",
  },
  small: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface DigestBoxProps {
  label: string;
  value: string;
  hint?: string;
  /** Smaller type, for the second and later values of a record. */
  compact?: boolean;
}

/** A digest (or seed) shown large, selectable, with a 复制 button. */
export function DigestBox({ label, value, hint, compact = false }: DigestBoxProps) {
  const styles = useStyles();
  const labelId = useId();
  return (
    <div className={styles.box} role="group" aria-labelledby={labelId}>
      <div className={styles.top}>
        <Text id={labelId} className={styles.label}>
          {label}
        </Text>
        <CopyButton text={value} what={label} />
      </div>
      <Text className={mergeClasses(styles.value, compact && styles.small)} data-testid="digest-value">
        {value}
      </Text>
      {hint && <Caption1 className={styles.hint}>{hint}</Caption1>}
    </div>
  );
}
