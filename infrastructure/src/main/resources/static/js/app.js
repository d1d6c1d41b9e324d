// The page's router: #/ (competitions), #/competitions/{id}, #/ties/{id}, #/matches/{id}. Each view draws into
// <main> and registers what to close (live streams) when the reader goes elsewhere.

import {h, fill} from './dom.js';
import {homeView} from './views/home.js';
import {competitionView} from './views/competition.js';
import {tieView} from './views/tie.js';
import {matchView} from './views/match.js';

const ROUTES = [
    [/^#\/competitions\/([^/]+)$/, competitionView],
    [/^#\/ties\/([^/]+)$/, tieView],
    [/^#\/matches\/([^/]+)$/, matchView],
];

/** One visit of a view: it is left when the route changes, and whatever it opened is closed then. */
class Visit {
    constructor(root) {
        this.root = root;
        this.left = false;
        this.closers = [];
    }

    onLeave(close) {
        this.closers.push(close);
    }

    leave() {
        this.left = true;
        this.closers.forEach(close => close());
    }
}

let current = null;

async function show() {
    current?.leave();
    const root = document.getElementById('app');
    const visit = current = new Visit(root);
    const [view, id] = ROUTES.map(([pattern, view]) => [view, location.hash.match(pattern)])
        .filter(([, found]) => found)
        .map(([view, found]) => [view, decodeURIComponent(found[1])])[0] ?? [homeView, null];
    fill(root, h('p', {class: 'loading', testid: 'loading'}, 'Loading…'));
    try {
        await view(visit, id);
    } catch (failure) {
        if (!visit.left) {
            fill(root, h('section', {class: 'card error', testid: 'error'},
                h('h1', {}, failure.status === 404 ? 'Not found' : 'Something went wrong'),
                h('p', {}, failure.message),
                h('p', {}, h('a', {href: '#/'}, 'Back to the competitions'))));
        }
    }
    window.scrollTo(0, 0);
}

window.addEventListener('hashchange', show);
show();
