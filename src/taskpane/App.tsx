import { FluentProvider, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { ExcelHostNotice } from "./components/ExcelHostNotice";
import { FileCheckStep } from "./components/FileCheckStep";
import { Header } from "./components/Header";
import { StringsContext } from "./i18n";
import { ServicesContext, type CheckServices } from "./services";
import type { Strings } from "./strings";
import { appTheme } from "./theme";

/** "excel": running in Excel's task pane; "file": a plain browser (or Office without Excel). */
export type HostMode = "excel" | "file";

export interface AppProps {
  mode: HostMode;
  strings: Strings;
  services: CheckServices;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  main: { display: "block" },
});

export function App({ mode, strings, services }: AppProps) {
  const styles = useStyles();
  const [current, setCurrent] = useState<HostMode>(mode);
  return (
    <FluentProvider theme={appTheme} className={styles.root} lang={strings.htmlLang}>
      <StringsContext.Provider value={strings}>
        <ServicesContext.Provider value={services}>
          <Header />
          <main className={styles.main}>
            {current === "excel" ? <ExcelHostNotice onOpenHere={() => setCurrent("file")} /> : <FileCheckStep />}
          </main>
        </ServicesContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
