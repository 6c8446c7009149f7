import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface PanelBoundaryProps {
  /** What the panel is, for the message: "the YAML editor". */
  readonly what: string;
  /** Called by "Try again" before the panel renders anew (e.g. to load its code again). */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

interface PanelBoundaryState {
  readonly error: Error | null;
}

/**
 * Keeps a failure inside one panel: a panel whose code could not be loaded
 * (offline, or a redeploy removed its file) or that failed to draw shows what
 * went wrong and a "Try again" button, while the rest of the app, the design
 * and its undo history stay as they were.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the browser console; the user sees the panel's message.
    console.error(`netpol-canvas: ${this.props.what} failed`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const loading = /dynamically imported module|Importing a module script failed|chunk/i.test(
      error.message,
    );
    return (
      <div className="panel-failure" role="alert">
        <p>
          <strong>{`${capitalised(this.props.what)} could not ${loading ? 'load' : 'be shown'}.`}</strong>{' '}
          {loading
            ? 'Its code did not arrive (is the network down?).'
            : 'Something in it went wrong.'}{' '}
          Your design is kept, and everything else still works.
        </p>
        <p className="panel-failure-detail">{error.message}</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
