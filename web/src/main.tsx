import { render } from 'preact';
import { App } from './app.js';
import './styles/base.css';
import './styles/choices.css';
import './styles/host.css';
import './styles/standings.css';
import './styles/play.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
