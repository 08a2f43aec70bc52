import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { preloadRoute } from './app/router.tsx';
import { queryClient } from './lib/query-client.ts';
import { prefetchSession } from './lib/session.ts';

/** The app's start, imported by main.tsx once index.html's loading screen has painted. */

// On a weak network the wait is mostly round trips: ask for the session and for the opened page's code now,
// side by side, rather than one after another as the components render.
prefetchSession(queryClient);
preloadRoute(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const reactRoot = createRoot(root);
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
