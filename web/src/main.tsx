import { render } from 'preact';
import { App } from './app.js';
import './styles/base.css';
import './styles/choices.css';
import './styles/game.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
