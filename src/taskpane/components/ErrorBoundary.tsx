import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Component, type ReactNode } from "react";
import type { Strings } from "../strings";

interface Props {
  strings: Strings;
  /** What 重新载入 does: the page reloads (the app passes location.reload). */
  onReload: () => void;
  children: ReactNode;
}

/**
 * A bug in the pane must not leave a blank panel: the clerk sees what happened (the message, never
 * a stack trace) and a way back. The workbook is untouched: writes only happen from event handlers.
 */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const s = this.props.strings;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{s.crashTitle}</MessageBarTitle>
          {s.crashBody(error.message)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.props.onReload}>{s.crashReload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
