// A small badge telling whether the page is following the live stream.

import {h} from '../dom.js';

const WORDS = {connecting: 'Connecting…', live: 'Live updates on', reconnecting: 'Reconnecting…', closed: 'Live updates off'};

export function connectionBadge() {
    const node = h('span', {class: 'connection', testid: 'live-connection', 'data-state': 'connecting'},
        h('span', {class: 'dot'}), h('span', {class: 'words'}, WORDS.connecting));
    return {
        node,
        set(state) {
            node.dataset.state = state;
            node.querySelector('.words').textContent = WORDS[state];
        },
    };
}
