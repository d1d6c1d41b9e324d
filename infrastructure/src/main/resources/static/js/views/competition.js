// A competition: its bracket, round by round, and every match recorded in it.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import {kickoff, scoreline} from '../format.js';
import {breadcrumbs, matchHref, statusPill, tieCard} from './parts.js';

export async function competitionView(visit, competitionId) {
    const [competition, bracket, {matches}] = await Promise.all([
        api.competition(competitionId), api.bracket(competitionId), api.matches(competitionId)]);
    if (visit.left) return;
    fill(visit.root,
        breadcrumbs([`${competition.name} ${competition.season}`]),
        h('section', {class: 'intro'},
            h('h1', {testid: 'competition-name'}, competition.name, ' ', h('span', {class: 'season'}, competition.season))),
        h('section', {class: 'card'},
            h('h2', {}, 'Bracket'),
            bracket.rounds.length
                ? h('div', {class: 'bracket', testid: 'bracket'}, bracket.rounds.map(round =>
                    h('div', {class: 'bracket-round', testid: 'bracket-round'},
                        h('h3', {}, round.round),
                        h('div', {class: 'bracket-ties'}, round.ties.map(tieCard)))))
                : h('p', {class: 'empty'}, 'No knockout ties yet.')),
        h('section', {class: 'card'},
            h('h2', {}, 'Matches'),
            matches.length ? matchTable(matches) : h('p', {class: 'empty'}, 'No matches yet.')));
}

function matchTable(matches) {
    const rounds = new Map();
    for (const match of matches) {
        const round = match.round ?? 'Matches';
        rounds.set(round, [...(rounds.get(round) ?? []), match]);
    }
    return h('div', {class: 'matches', testid: 'competition-matches'}, [...rounds].map(([round, games]) => [
        h('h3', {}, round),
        h('ul', {class: 'match-list'}, games.map(match => h('li', {},
            h('a', {href: matchHref(match.matchId), testid: 'match-link', 'data-match-id': match.matchId},
                h('span', {class: 'when'}, kickoff(match.kickoffAt)),
                h('span', {class: 'home'}, match.homeTeam),
                h('span', {class: 'score'}, match.status === 'SCHEDULED' ? 'v' : scoreline(match.score)),
                h('span', {class: 'away'}, match.awayTeam),
                statusPill(match.status)))))]));
}
