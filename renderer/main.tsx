import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { withEarlyAnswers } from './api/earlyAnswers';
import { autoTransport } from './api/transport';
import { storedLanguage } from './i18n';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');
// The first screen's two questions go out now, while React is still drawing (earlyAnswers.ts).
const transport = withEarlyAnswers(autoTransport(), ['auth.session', 'auth.roster'], storedLanguage());
createRoot(container).render(
  <StrictMode>
    <App transport={transport} />
  </StrictMode>,
);
