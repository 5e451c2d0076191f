import {
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
import { SHEET_KINDS, type SheetKind, type WorkbookReading } from "../../core/model";
import { useStrings } from "../i18n";

const OPTIONAL: ReadonlySet<SheetKind> = new Set<SheetKind>(["recusals", "rules"]);

const useStyles = makeStyles({
  heading: { display: "block", margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalS}` },
  missing: { color: tokens.colorNeutralForeground3 },
});

function recordCount(reading: WorkbookReading, kind: SheetKind): number | null {
  switch (kind) {
    case "targets":
      return reading.targets.length;
    case "inspectors":
      return reading.inspectors.length;
    case "matters":
      return reading.matters.length;
    case "tasks":
      return reading.tasks.length;
    case "recusals":
      return reading.recusals.length;
    case "rules":
      return null;
  }
}

/** Which sheet was recognised as which kind, with its header row and counts. */
export function SheetMappingTable({ reading }: { reading: WorkbookReading }) {
  const s = useStrings();
  const styles = useStyles();
  const headingId = useId();
  const c = s.mappingColumns;

  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {s.mappingTitle}
      </Subtitle2>
      <Table size="small" aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{c.kind}</TableHeaderCell>
            <TableHeaderCell>{c.sheet}</TableHeaderCell>
            <TableHeaderCell>{c.headerRow}</TableHeaderCell>
            <TableHeaderCell>{c.rows}</TableHeaderCell>
            <TableHeaderCell>{c.records}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {SHEET_KINDS.map((kind) => {
            const match = reading.sheets[kind];
            const records = recordCount(reading, kind);
            return (
              <TableRow key={kind} data-kind={kind}>
                <TableCell>
                  {s.kinds[kind]}
                  {OPTIONAL.has(kind) ? s.optional : ""}
                </TableCell>
                {match ? (
                  <>
                    <TableCell>{match.sheet}</TableCell>
                    <TableCell>{match.headerRow}</TableCell>
                    <TableCell>{match.rows}</TableCell>
                    <TableCell>{records ?? s.notApplicable}</TableCell>
                  </>
                ) : (
                  <>
                    <TableCell className={styles.missing}>{s.notFound}</TableCell>
                    <TableCell>{s.notApplicable}</TableCell>
                    <TableCell>{s.notApplicable}</TableCell>
                    <TableCell>{s.notApplicable}</TableCell>
                  </>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
