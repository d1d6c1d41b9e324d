// Pieces several views share.

import {h} from '../dom.js';
import {decidedByWords, scoreline, statusName} from '../format.js';

export const matchHref = matchId => `#/matches/${encodeURIComponent(matchId)}`;
export const tieHref = tieId => `#/ties/${encodeURIComponent(tieId)}`;
export const competitionHref = competitionId => `#/competitions/${encodeURIComponent(competitionId)}`;

/** Where the reader is: links back up to the competitions. */
export function breadcrumbs(...steps) {
    return h('nav', {class: 'crumbs', testid: 'breadcrumbs', 'aria-label': 'Breadcrumbs'},
        h('a', {href: '#/'}, 'Competitions'),
        steps.filter(Boolean).map(([label, href]) => [h('span', {class: 'crumb-sep', 'aria-hidden': 'true'}, '›'),
            href ? h('a', {href}, label) : h('span', {}, label)]));
}

export function statusPill(status) {
    return h('span', {class: `pill ${String(status).toLowerCase()}`, testid: 'match-status'}, statusName(status));
}

export function ruleBadge(rule) {
    return h('span', {class: 'rule', testid: 'tie-decided-by', title: decidedByWords(rule)}, rule);
}

/** A tie in one card: both teams with their aggregate, the winner marked, and each leg's score. */
export function tieCard(tie) {
    const decided = tie.status === 'DECIDED';
    const team = (name, goals, side) => h('div', {
        class: `tie-team${decided && tie.winner === name ? ' winner' : ''}${decided && tie.eliminated === name ? ' out' : ''}`,
        testid: 'tie-team', 'data-side': side,
    }, h('span', {class: 'name', testid: 'team-name'}, name), h('span', {class: 'goals', testid: 'team-goals'}, goals));
    return h('article', {class: 'tie-card', testid: 'tie-card', 'data-tie-id': tie.tieId},
        h('a', {class: 'tie-link', testid: 'tie-link', href: tieHref(tie.tieId)},
            team(tie.teamA, tie.aggregate?.teamA ?? 0, 'A'),
            team(tie.teamB, tie.aggregate?.teamB ?? 0, 'B')),
        h('div', {class: 'tie-meta'},
            decided ? [ruleBadge(tie.decidedBy)] : h('span', {class: 'pill live'}, 'In progress'),
            h('span', {class: 'legs'}, tie.legs.map(leg => h('a', {
                class: 'leg-score', href: matchHref(leg.matchId), title: `Leg ${leg.leg}: ${leg.homeTeam} v ${leg.awayTeam}`,
            }, tie.legs.length > 1 ? `L${leg.leg} ` : '', scoreline(leg.score))))));
}
