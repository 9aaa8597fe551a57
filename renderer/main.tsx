import './configureZod';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { pickPlatform } from './platform';
import './styles/app.css';
import './styles/register.css';
import './styles/overlays.css';
import './styles/risks.css';
import './styles/review.css';
import './styles/report.css';
import './styles/report-goals.css';

const start = async () => {
  await initI18n('fi');
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App platform={pickPlatform()} />
    </StrictMode>,
  );
};

void start();
