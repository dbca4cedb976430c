import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The console page has no #root element (console/build renders it).');
createRoot(root).render(<App />);
