// First: zod must be jitless before any schema is built (see zod-jitless.ts).
import './zod-jitless.js';
import { render } from 'preact';
import { App } from './app.js';
import './styles/base.css';
import './styles/choices.css';
import './styles/host.css';
import './styles/standings.css';
import './styles/play.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
