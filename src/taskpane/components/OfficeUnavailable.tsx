import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { StringsContext, useStrings } from "../i18n";
import type { OfficeProblem } from "../mode";
import type { Strings } from "../strings";
import { appTheme } from "../theme";
import { Header } from "./Header";

export interface OfficeUnavailableProps {
  problem: OfficeProblem;
  /** How long the pane waited for Office.onReady. */
  seconds: number;
  /** The office.js addresses tried (office-fallback.js), the CDN first. */
  tried: readonly string[];
  /** The file page beside this page, as an absolute address. */
  filePage: string;
  onReload: () => void;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  main: { maxWidth: "960px", margin: "0 auto", padding: tokens.spacingHorizontalL },
  steps: { paddingLeft: "1.5em", margin: `${tokens.spacingVerticalS} 0` },
  address: { wordBreak: "break-all" },
});

/**
 * 无法连接 Office: the pane was opened by Office (mode.ts, openedByOffice) but office.js did not
 * load, or Office did not answer. Says so, lists what was tried, and what to do — reload, have the
 * administrator check the addresses, or use the file page; never opens the file page by itself.
 */
export function OfficeUnavailable({ problem, seconds, tried, filePage, onReload }: OfficeUnavailableProps) {
  const s = useStrings().officeUnavailable;
  const styles = useStyles();
  return (
    <MessageBar intent={problem === "not-loaded" ? "error" : "warning"} layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.title}</MessageBarTitle>
        <p>{problem === "not-loaded" ? s.notLoaded : s.noAnswer(seconds)}</p>
        {tried.length > 0 && <p className={styles.address}>{s.tried(tried.join("、"))}</p>}
        <p>{s.whatToDo}</p>
        <ol className={styles.steps}>
          <li>{s.reopen}</li>
          <li>{s.network}</li>
          <li>
            {s.filePage}
            <br />
            <Link href={filePage} target="_blank" rel="noopener" className={styles.address}>
              {filePage}
            </Link>
          </li>
        </ol>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>{s.reload}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** The whole page around the message: the same theme and header as the app. */
export function OfficeUnavailablePage({ strings, ...props }: OfficeUnavailableProps & { strings: Strings }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={appTheme} className={styles.root} lang={strings.htmlLang}>
      <StringsContext.Provider value={strings}>
        <Header />
        <main className={styles.main}>
          <OfficeUnavailable {...props} />
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
