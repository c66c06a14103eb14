import './style.css';
import { actorPage } from './pages/actor.js';
import { actorsPage } from './pages/actors.js';
import { articlePage } from './pages/article.js';
import { eventsPage } from './pages/events.js';
import { homePage } from './pages/home.js';
import { networkPage } from './pages/network.js';
import { pairPage } from './pages/pair.js';
import { searchPage } from './pages/search.js';
import { Router, type Route } from './router.js';

// The literal list of pages.
const ROUTES: Route[] = [
  { pattern: /^\/$/, render: homePage },
  { pattern: /^\/search$/, render: searchPage },
  { pattern: /^\/articles\/([^/]+)$/, render: articlePage },
  { pattern: /^\/events$/, render: eventsPage },
  { pattern: /^\/actors$/, render: actorsPage },
  { pattern: /^\/actors\/([^/]+)$/, render: actorPage },
  { pattern: /^\/pairs\/([^/]+)\/([^/]+)$/, render: pairPage },
  { pattern: /^\/network$/, render: networkPage },
];

new Router(ROUTES, document.getElementById('app')!).start();
