import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { Component, ErrorInfo, ReactNode } from "react";
import { paneText } from "../paneText";

interface PaneErrorBoundaryProps {
  children: ReactNode;
}

interface PaneErrorBoundaryState {
  error: unknown;
}

/** A fault while drawing the pane shows as a message (and in the console), never as a blank pane. */
export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, PaneErrorBoundaryState> {
  override state: PaneErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PaneErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return (
      <MessageBar intent="error" politeness="assertive">
        <MessageBarBody>
          {paneText.unexpected(error instanceof Error ? error.message : String(error))}
        </MessageBarBody>
      </MessageBar>
    );
  }
}
