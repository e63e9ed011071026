import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadBody } from './store/loadBody.ts';
import { loadSavedMap, startAutosave } from './store/persistence.ts';
import { App } from './view/App.tsx';
import { installDebugHandle } from './view/debugHandle.ts';
import './view/styles.css';

loadSavedMap(localStorage);
startAutosave(localStorage);
void loadBody();
installDebugHandle();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
