import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/stories.css';
import './styles/library.css';
import './styles/trash.css';
import './styles/toasts.css';
import './styles/editor.css';
import './styles/editor-parts.css';
import './styles/editor-checks.css';
import './styles/notices.css';
import './styles/settings.css';
import './styles/coverage.css';
import './styles/export.css';
import './styles/loops.css';
import './styles/rehearse.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
