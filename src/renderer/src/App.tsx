import { AppShell } from './components/AppShell';
import { OpenFailedScreen, OpeningScreen } from './components/StartupScreen';
import { useBank } from './lib/use-bank';
import { useTheme } from './lib/use-theme';

export function App() {
  const { state, retry, replaceView, updateView } = useBank();
  useTheme(state.status === 'ready' ? state.view.bank.settings.theme : 'system');

  switch (state.status) {
    case 'loading':
      return <OpeningScreen />;
    case 'failed':
      return <OpenFailedScreen message={state.message} onRetry={retry} />;
    case 'ready':
      return <AppShell view={state.view} replaceView={replaceView} updateView={updateView} />;
  }
}
