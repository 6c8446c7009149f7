export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-title">netpol-canvas</h1>
        <p className="app-tagline">Design Kubernetes NetworkPolicies by drawing</p>
      </header>
      <main className="app-canvas" aria-label="Canvas">
        <p className="app-empty">
          The canvas is empty. Drawing arrives with the next release; the engine, YAML import and
          export, and the <code>netpol-canvas</code> command are ready today.
        </p>
      </main>
    </div>
  );
}
