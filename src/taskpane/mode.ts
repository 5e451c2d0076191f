/** "excel": running in Excel's task pane; "file": a plain browser (or Office without Excel). */
export type HostMode = "excel" | "file";

/** Why the pane, opened by Office, cannot reach it. */
export type OfficeProblem = "not-loaded" | "no-answer";

/** How the pane starts: the app in a mode, or 无法连接 Office (never the file page inside Office). */
export type Boot = { mode: HostMode } | { officeProblem: OfficeProblem };

/**
 * What the ES5 scripts before the bundle leave on `window` (src/taskpane/static/): browser-check.js
 * says whether this engine can run the bundle (when not, it has already shown what to do);
 * office-fallback.js lists the office.js addresses it tried, the CDN first.
 */
declare global {
  interface Window {
    doubleRandomBrowserCheck?: { ok: boolean; missing: string[] };
    doubleRandomOfficeJs?: { tried: string[] };
  }
}

/**
 * The signs office.js itself reads to learn that an Office application opened the page
 * (`_retrieveHostInfo` in office.js): the `_host_Info` query parameter Excel adds to the pane's
 * address (Windows, Mac), host information in `window.name` (Excel on the web), the copy office.js
 * keeps in sessionStorage after a reload, and the host object of older Windows webviews. Read here
 * without office.js, because office.js may be the thing that failed to load.
 */
export interface OfficeSigns {
  /** `location.search`. */
  search: string;
  /** `window.name`. */
  name: string;
  /** `sessionStorage.getItem("hostInfoValue")`, null when absent or not readable. */
  storedHostInfo: string | null;
  /** `window.external.GetHostInfo` or the `agaveHost` global exists. */
  hostObject: boolean;
}

export function openedByOffice(signs: OfficeSigns): boolean {
  if (signs.hostObject) return true;
  if (signs.storedHostInfo) return true;
  if (new URLSearchParams(signs.search).get("_host_Info")) return true;
  if (signs.name.startsWith("{")) {
    try {
      const parsed: unknown = JSON.parse(signs.name);
      if (parsed !== null && typeof parsed === "object" && (parsed as { hostInfo?: unknown }).hostInfo) return true;
    } catch {
      // not office.js's JSON
    }
  }
  return false;
}

/** The signs of this page (any of them may be unreadable in a sandboxed frame: then absent). */
export function officeSigns(win: Window): OfficeSigns {
  let storedHostInfo: string | null = null;
  try {
    storedHostInfo = win.sessionStorage?.getItem("hostInfoValue") ?? null;
  } catch {
    storedHostInfo = null;
  }
  let hostObject = false;
  try {
    const external = (win as unknown as { external?: { GetHostInfo?: unknown } }).external;
    hostObject = typeof external?.GetHostInfo === "function" || "agaveHost" in win;
  } catch {
    hostObject = false;
  }
  let name = "";
  try {
    name = win.name ?? "";
  } catch {
    name = "";
  }
  return { search: win.location.search, name, storedHostInfo, hostObject };
}

/**
 * What office.js gave: it did not load (`not-loaded`), Office.onReady did not answer in time or
 * failed (`no-answer`), or it answered with a host (null outside Office).
 */
export type OfficeAnswer = "not-loaded" | "no-answer" | { host: string | null };

/**
 * Excel when Office.onReady says Excel. Inside Office (openedByOffice) anything else is 无法连接
 * Office with the reason, so the clerk is told, and a workbook is never opened as a file by mistake;
 * outside Office (a plain browser) it is the file page, as it always was.
 */
export function bootFrom(inOffice: boolean, answer: OfficeAnswer, excelHost: string): Boot {
  if (typeof answer === "object" && answer.host === excelHost) return { mode: "excel" };
  if (!inOffice) return { mode: "file" };
  return { officeProblem: answer === "not-loaded" ? "not-loaded" : "no-answer" };
}
