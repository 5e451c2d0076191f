import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { CheckStep } from "./components/CheckStep";
import { DrawStep } from "./components/DrawStep";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { Header } from "./components/Header";
import { PrepareStep } from "./components/PrepareStep";
import { ResultStep } from "./components/ResultStep";
import { StepNav } from "./components/Step";
import { StringsContext, useStrings } from "./i18n";
import type { HostMode } from "./mode";
import { ServicesContext, useServices, type AppServices } from "./services";
import { SAMPLE_URLS, type SampleId } from "./samples";
import type { Strings } from "./strings";
import { appTheme } from "./theme";
import type { DrawResult } from "./workflows/useDraw";
import { usePlan } from "./workflows/usePlan";
import { useWorkbook, type Loaded } from "./workflows/useWorkbook";

export type { HostMode } from "./mode";

export interface AppProps {
  mode: HostMode;
  strings: Strings;
  services: AppServices;
  /** What 重新载入 does after a crash of the pane (default: reload the page). */
  onReload?: () => void;
  /** File mode: load this bundled sample workbook at once (`index.html?sample`, what `npm start` opens). */
  sampleOnStart?: SampleId | null;
}

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
  main: { display: "block", maxWidth: "960px", margin: "0 auto", paddingBottom: tokens.spacingVerticalXXL },
});

type Step = 1 | 2 | 3 | 4;

const NONE: ReadonlySet<string> = new Set();

/** The four steps over one workbook: 数据检查 → 抽取准备 → 抽取 → 结果. */
function Flow({ mode, sampleOnStart }: { mode: HostMode; sampleOnStart: SampleId | null }) {
  const s = useStrings();
  const services = useServices();
  const workbook = useWorkbook(services, { samples: s.sampleNames, excel: s.currentWorkbook });
  const { state, openExcel } = workbook;
  const [step, setStep] = useState<Step>(1);
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(NONE);
  const [result, setResult] = useState<DrawResult | null>(null);
  /** The first step 1 of the page keeps the focus where the browser put it; later step changes move it. */
  const moved = useRef(false);
  const loaded: Loaded | null = state.phase === "ready" ? state.loaded : null;
  const plan = usePlan(services, step >= 2 ? loaded : null, unticked);

  const { openSample } = workbook;
  // File mode: while the clerk is still choosing a file, start the engine and rehearse on the
  // bundled sample. A sample opened at once is its own rehearsal.
  useEffect(() => {
    if (mode !== "file") return;
    const rehearseOn = sampleOnStart ? undefined : new URL(SAMPLE_URLS.flat, document.baseURI).href;
    const timer = setTimeout(() => void services.engine.warm(rehearseOn).catch(() => undefined), 0);
    return () => clearTimeout(timer);
  }, [mode, services, sampleOnStart]);
  useEffect(() => {
    if (mode === "excel") void openExcel();
    else if (sampleOnStart) void openSample(sampleOnStart);
  }, [mode, sampleOnStart, openExcel, openSample]);

  const go = useCallback((next: Step) => {
    moved.current = true;
    setStep(next);
  }, []);

  const fresh = useCallback(() => {
    setUnticked(NONE);
    setResult(null);
    go(1);
  }, [go]);

  const onFile = (file: File) => {
    fresh();
    void workbook.openFile(file);
  };
  const onSample = (id: SampleId) => {
    fresh();
    void workbook.openSample(id);
  };
  const onReread = () => {
    fresh();
    void workbook.reread();
  };

  // A workbook that is gone (failed to read again) sends the clerk back to step 1.
  const current: Step = step > 1 && !loaded ? 1 : step;

  switch (current) {
    case 1:
      return (
        <>
          <StepNav current={1} />
          <CheckStep
            mode={mode}
            state={state}
            focusOnMount={moved.current}
            sample={sampleOnStart ?? undefined}
            onFile={onFile}
            onSample={onSample}
            onReread={onReread}
            onAssign={(assign) => {
              setUnticked(NONE);
              void workbook.setAssign(assign);
            }}
            onNext={() => go(2)}
            onWritten={workbook.refresh}
          />
        </>
      );
    case 2:
      return (
        <>
          <StepNav current={2} />
          <PrepareStep
            loaded={loaded!}
            plan={plan}
            unticked={unticked}
            onToggle={(code, ticked) => {
              const next = new Set(unticked);
              if (ticked) next.delete(code);
              else next.add(code);
              setUnticked(next);
            }}
            onWritten={workbook.refresh}
            onBack={() => go(1)}
            onNext={() => go(3)}
          />
        </>
      );
    case 3:
      return (
        <>
          <StepNav current={3} />
          {plan.phase === "ready" && (
            <DrawStep
              loaded={loaded!}
              view={plan.view}
              tasks={plan.tasks}
              onBack={() => go(2)}
              onDone={(done) => {
                setResult(done);
                go(4);
              }}
            />
          )}
        </>
      );
    case 4:
      return (
        <>
          <StepNav current={4} />
          {result && (
            <ResultStep
              loaded={loaded!}
              result={result}
              onWritten={workbook.refresh}
              onRestart={() => {
                // Read the workbook again only now, with what the draw wrote: step 4 needs the
                // host alone, and a check started at once would hold up its first download.
                fresh();
                void workbook.reread();
              }}
            />
          )}
        </>
      );
  }
}

const reloadPage = () => window.location.reload();

export function App({ mode, strings, services, onReload = reloadPage, sampleOnStart = null }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={appTheme} className={styles.root} lang={strings.htmlLang}>
      <StringsContext.Provider value={strings}>
        <ServicesContext.Provider value={services}>
          <Header />
          <main className={styles.main}>
            <ErrorBoundary strings={strings} onReload={onReload}>
              <Flow mode={mode} sampleOnStart={sampleOnStart} />
            </ErrorBoundary>
          </main>
        </ServicesContext.Provider>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
