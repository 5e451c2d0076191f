import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  text: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
});

export function Header() {
  const s = useStrings();
  const styles = useStyles();
  return (
    <header className={styles.root}>
      <img src="assets/icon-32.png" alt="" width={32} height={32} />
      <div className={styles.text}>
        <Title3 as="h1" className={styles.title}>
          {s.appTitle}
        </Title3>
        <Caption1>{s.appSubtitle}</Caption1>
      </div>
    </header>
  );
}
