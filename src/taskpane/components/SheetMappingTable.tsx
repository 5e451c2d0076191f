import {
  Button,
  Caption1,
  Select,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useId } from "react";
import { SHEET_KINDS, type SheetKind } from "../../core";
import type { PrepareView } from "../engine/protocol";
import { useStrings } from "../i18n";
import type { Assign } from "../workflows/useWorkbook";

const OPTIONAL: ReadonlySet<SheetKind> = new Set<SheetKind>(["recusals", "rules", "aliases", "holidays"]);
/** The dropdown value of “无” (no sheet holds this kind). */
const NONE = "\u0000none";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  heading: { margin: 0 },
  hint: { display: "block", marginBottom: tokens.spacingVerticalS, color: tokens.colorNeutralForeground2 },
  scroll: { overflowX: "auto" },
  table: { tableLayout: "auto" },
  kind: { minWidth: "6em" },
  select: { minWidth: "110px", maxWidth: "220px" },
  number: { textAlign: "end", width: "1%", whiteSpace: "nowrap" },
  // A narrow task pane keeps kind, sheet and records; the header row and raw row count go.
  wide: { "@media (max-width: 480px)": { display: "none" } },
  missing: { color: tokens.colorNeutralForeground3 },
});

export interface SheetMappingTableProps {
  view: PrepareView;
  assign: Assign;
  onAssign: (assign: Assign) => void;
  disabled: boolean;
}

/** Which sheet was recognised as which kind (changeable per kind), with its header row and counts. */
export function SheetMappingTable({ view, assign, onAssign, disabled }: SheetMappingTableProps) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const hintId = useId();
  const c = s.mappingColumns;
  const assigned = Object.keys(assign).length > 0;

  return (
    <section aria-labelledby={headingId}>
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {s.mappingTitle}
        </Subtitle2>
        {assigned && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onAssign({})}>
            {s.resetAssign}
          </Button>
        )}
      </div>
      <Caption1 id={hintId} className={styles.hint}>
        {s.mappingHint}
      </Caption1>
      <div className={styles.scroll}>
        <Table size="small" aria-labelledby={headingId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.kind}>{c.kind}</TableHeaderCell>
              <TableHeaderCell>{c.sheet}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.number, styles.wide)}>{c.headerRow}</TableHeaderCell>
              <TableHeaderCell className={mergeClasses(styles.number, styles.wide)}>{c.rows}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{c.records}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {SHEET_KINDS.map((kind) => {
              const match = view.sheets[kind];
              const records = view.records[kind];
              const chosen = kind in assign ? (assign[kind] ?? NONE) : (match?.sheet ?? NONE);
              const names = chosen !== NONE && !view.sheetNames.includes(chosen) ? [...view.sheetNames, chosen] : view.sheetNames;
              return (
                <TableRow key={kind} data-kind={kind}>
                  <TableCell className={styles.kind}>
                    {s.kinds[kind]}
                    {OPTIONAL.has(kind) ? s.optional : ""}
                  </TableCell>
                  <TableCell>
                    <Select
                      size="small"
                      className={styles.select}
                      aria-label={s.sheetFor(s.kinds[kind])}
                      aria-describedby={hintId}
                      value={chosen}
                      disabled={disabled}
                      onChange={(_, data) => onAssign({ ...assign, [kind]: data.value === NONE ? null : data.value })}
                    >
                      {names.map((name) => (
                        <option key={name} value={name}>
                          {name}
                        </option>
                      ))}
                      <option value={NONE}>{s.noSheet}</option>
                    </Select>
                    {!match && !(kind in assign) && <Caption1 className={styles.missing}>{s.notFound}</Caption1>}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.number, styles.wide)}>{match ? match.headerRow : s.notApplicable}</TableCell>
                  <TableCell className={mergeClasses(styles.number, styles.wide)}>{match ? match.rows : s.notApplicable}</TableCell>
                  <TableCell className={styles.number}>{match ? (records ?? s.notApplicable) : s.notApplicable}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      {view.taskSheets.length > 1 && (
        <Caption1 className={styles.hint}>{s.moreTaskSheets(view.taskSheets.slice(1).map((t) => ({ sheet: t.sheet, rows: t.rows })))}</Caption1>
      )}
    </section>
  );
}
