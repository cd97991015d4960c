/** The window frame: app bar and the current screen (one screen for now). */
import { WorkspaceScreen } from './features/workspace/WorkspaceScreen';

export function App() {
  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-bar__brand">
          <span className="app-bar__mark" aria-hidden="true" />
          Lookalike Studio
        </span>
        <nav aria-label="Main" className="app-bar__nav">
          <a className="app-bar__link" aria-current="page" href="#workspace">
            Workspace
          </a>
        </nav>
      </header>
      <main className="app__main" id="workspace">
        <WorkspaceScreen />
      </main>
    </div>
  );
}
