// A tie: both legs, the aggregate, who goes through by which rule and why; it follows the tie's live stream.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import {follow} from '../live.js';
import {decidedByWords, outcome, scoreline} from '../format.js';
import {breadcrumbs, competitionHref, matchHref, ruleBadge, statusPill} from './parts.js';
import {connectionBadge} from './connection.js';

export async function tieView(visit, tieId) {
    const [tie, explanation] = await Promise.all([api.tie(tieId), api.tieExplanation(tieId)]);
    const competition = await api.competition(tie.competitionId);
    if (visit.left) return;

    const connection = connectionBadge();
    const summary = h('div');
    const reasons = h('div');
    fill(visit.root,
        breadcrumbs([`${competition.name} ${competition.season}`, competitionHref(competition.competitionId)],
            [tie.round]),
        summary, reasons);

    let version = -1;
    let shown = JSON.stringify(tie);
    let why = explanation;
    const render = state => {
        fill(summary, tieSummary(state, connection.node));
        fill(reasons, tieExplanation(why));
    };
    render(tie);
    visit.onLeave(follow(api.tieStream(tieId), 'tie', async update => {
        if (update.version <= version) return;
        version = update.version;
        if (JSON.stringify(update.tie) === shown) return;
        shown = JSON.stringify(update.tie);
        // when the explanation cannot be read again, the last one stays
        why = await api.tieExplanation(tieId).catch(() => why);
        if (!visit.left && update.version === version) render(update.tie);
    }, connection.set));
}

function tieSummary(tie, connection) {
    const decided = tie.status === 'DECIDED';
    const side = (name, goals, testid) => h('div', {
        class: `side${decided && tie.winner === name ? ' winner' : ''}`,
    }, h('span', {class: 'team'}, name), h('span', {class: 'goals', testid}, goals));
    return h('section', {class: 'scoreboard tie', testid: 'tie', 'data-tie-id': tie.tieId},
        h('div', {class: 'board-top'},
            h('span', {}, tie.round, tie.legs.length > 1 ? ` · ${tie.legs.length} legs` : ''),
            connection),
        h('div', {class: 'board-main'},
            side(tie.teamA, tie.aggregate.teamA, 'aggregate-a'),
            h('div', {class: 'board-score'},
                h('div', {class: 'digits', testid: 'aggregate'}, scoreline({home: tie.aggregate.teamA, away: tie.aggregate.teamB})),
                h('div', {class: 'caption'}, tie.legs.length > 1 ? 'aggregate' : 'score')),
            side(tie.teamB, tie.aggregate.teamB, 'aggregate-b')),
        h('div', {class: 'board-bottom', testid: 'tie-outcome'},
            decided
                ? [h('span', {class: 'winner-name', testid: 'tie-winner'}, tie.winner),
                    ` ${tie.legs.length > 1 ? 'advance' : 'win'} ${decidedByWords(tie.decidedBy)} `,
                    ruleBadge(tie.decidedBy),
                    tie.eliminated ? h('span', {class: 'eliminated'}, `${tie.eliminated} eliminated`) : null]
                : h('span', {testid: 'tie-status'}, outcome(tie)),
            tie.awayGoals ? h('span', {class: 'away-goals', testid: 'away-goals'},
                `Away goals ${tie.awayGoals.teamA}-${tie.awayGoals.teamB}`) : null),
        h('div', {class: 'legs-row'}, tie.legs.map(leg => h('a', {
            class: 'leg', testid: 'tie-leg', 'data-leg': leg.leg, href: matchHref(leg.matchId),
        },
        h('div', {class: 'leg-title'}, tie.legs.length > 1 ? `Leg ${leg.leg}` : 'Match', statusPill(leg.status)),
        h('div', {class: 'leg-line'},
            h('span', {class: 'home'}, leg.homeTeam),
            h('span', {class: 'score', testid: 'leg-score'}, leg.status === 'SCHEDULED' ? 'v' : scoreline(leg.score)),
            h('span', {class: 'away'}, leg.awayTeam)),
        h('div', {class: 'leg-cta'}, 'Match centre →')))));
}

function tieExplanation(explanation) {
    return h('section', {class: 'card explanation', testid: 'tie-explanation'},
        h('h2', {}, 'How it was decided'),
        h('p', {class: 'summary', testid: 'tie-explanation-summary'}, explanation.summary),
        h('ol', {class: 'steps'}, explanation.steps.map(step => h('li', {
            class: `step step-${step.kind.toLowerCase()}`, testid: 'tie-explanation-step', 'data-kind': step.kind,
        }, h('span', {class: 'kind'}, step.kind.replaceAll('_', ' ').toLowerCase()), h('span', {}, step.text)))));
}
