/** "excel": running in Excel's task pane; "file": a plain browser (or Office without Excel). */
export type HostMode = "excel" | "file";
