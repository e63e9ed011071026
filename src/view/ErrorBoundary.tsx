import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What the broken part was, for the message ("The suggestions"). */
  readonly name: string;
  readonly children: ReactNode;
}

/** Keeps one broken panel from blanking the app: it shows a message and a retry instead. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.name} failed to show:`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel broken" role="alert">
        <p>{this.props.name} could not be shown. Your marks are safe.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
