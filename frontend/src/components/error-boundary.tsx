import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | undefined;
}

/** Anything that throws while rendering shows a message and a way on, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    // A new page (another address) starts without the old error.
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: undefined });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error while showing the page', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Sorry, there is a problem with this page</h1>
          <p>Something unexpected went wrong while showing it. What you saved before is safe.</p>
          <p>
            <a href="/">Go to the home page</a> or{' '}
            <button type="button" className="tandem-link-button" onClick={() => window.location.reload()}>
              reload this page
            </button>
            .
          </p>
        </div>
      </div>
    );
  }
}
