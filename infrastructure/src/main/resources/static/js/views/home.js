// The home page: every competition with its latest ties, and the matches being played now.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import {scoreline} from '../format.js';
import {competitionHref, matchHref, statusPill, tieCard} from './parts.js';

const TIES_SHOWN = 8;

export async function homeView(visit) {
    const [{competitions}, {matches}] = await Promise.all([api.competitions(), api.matches()]);
    const brackets = await Promise.all(competitions.map(competition => api.bracket(competition.competitionId)));
    if (visit.left) return;
    const live = matches.filter(match => match.status === 'LIVE');
    fill(visit.root,
        h('section', {class: 'intro'},
            h('h1', {}, 'Competitions'),
            h('p', {class: 'lede'}, 'Every match is an append-only log of facts. Scores, timelines, ties and '
                + 'brackets are read from it — live, at any minute of the past, and with their integrity checked.')),
        live.length ? liveMatches(live) : null,
        competitions.length
            ? h('div', {class: 'competitions', testid: 'competition-list'},
                competitions.map((competition, index) => competitionCard(competition, brackets[index])))
            : h('p', {class: 'card empty', testid: 'no-competitions'}, 'No competition has been recorded yet.'));
}

function liveMatches(matches) {
    return h('section', {class: 'card live-now', testid: 'live-matches'},
        h('h2', {}, h('span', {class: 'dot'}), 'Live now'),
        h('ul', {class: 'match-list'}, matches.map(match => h('li', {},
            h('a', {href: matchHref(match.matchId), testid: 'live-match'},
                h('span', {class: 'home'}, match.homeTeam),
                h('span', {class: 'score'}, scoreline(match.score)),
                h('span', {class: 'away'}, match.awayTeam),
                statusPill(match.status))))));
}

function competitionCard(competition, bracket) {
    const ties = bracket.rounds.slice().reverse().flatMap(round => round.ties);
    const shown = ties.slice(0, TIES_SHOWN);
    return h('section', {class: 'card competition', testid: 'competition', 'data-competition-id': competition.competitionId},
        h('header', {},
            h('h2', {}, h('a', {href: competitionHref(competition.competitionId), testid: 'competition-link'},
                competition.name)),
            h('span', {class: 'season'}, competition.season)),
        shown.length
            ? h('div', {class: 'tie-grid', testid: 'competition-ties'}, shown.map(tie => h('div', {class: 'tie-slot'},
                h('div', {class: 'round-name'}, tie.round), tieCard(tie))))
            : h('p', {class: 'empty'}, 'No ties yet.'),
        h('footer', {}, h('a', {href: competitionHref(competition.competitionId)},
            ties.length > shown.length ? `All ${ties.length} ties, the bracket and the matches →`
                : 'The bracket and the matches →')));
}
