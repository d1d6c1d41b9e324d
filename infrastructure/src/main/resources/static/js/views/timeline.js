// The match timeline on a spine: the home side's facts on the left, the away side's on the right, the periods across.
// Disallowed and retracted facts are struck through, corrected ones marked, each with the reason the log gives.

import {h, s} from '../dom.js';
import {minuteLabel, periodName, scoreline} from '../format.js';
import {happenedBy} from '../clock.js';

const PLAY = new Set(['GOAL', 'CARD', 'SUBSTITUTION', 'SHOOTOUT_KICK']);
const STATUS_WORDS = {CORRECTED: 'Corrected', DISALLOWED: 'Disallowed', RETRACTED: 'Retracted'};
const KIND_WORDS = {PENALTY: 'pen.', OWN_GOAL: 'o.g.'};
/** For facts known only by their period. */
const PERIOD_SHORT = {FIRST_HALF: '1H', SECOND_HALF: '2H', EXTRA_TIME_FIRST_HALF: 'ET1', EXTRA_TIME_SECOND_HALF: 'ET2',
    PENALTY_SHOOTOUT: 'PEN'};
const CARD_WORDS = {YELLOW: 'Yellow card', SECOND_YELLOW: 'Second yellow', RED: 'Red card'};

/** The explanation's words about the facts later facts changed, by the id of the changed fact. */
export function amendments(explanation) {
    const notes = new Map();
    for (const step of explanation?.steps ?? []) {
        if (['CORRECTION_APPLIED', 'GOAL_EXCLUDED', 'FACT_RETRACTED'].includes(step.kind) && step.eventIds.length) {
            notes.set(step.eventIds[0], step.text);
        }
    }
    return notes;
}

/**
 * @param match {timeline, homeTeam, at, notes}: at is the replay slider's stop; facts after it are dimmed
 */
export function timelineList({timeline, homeTeam, at, notes}) {
    if (!timeline.length) return h('p', {class: 'empty', testid: 'timeline-empty'}, 'Nothing has happened yet.');
    return h('ol', {class: 'timeline', testid: 'timeline'}, timeline.map(entry => {
        const side = entry.team ? (entry.team === homeTeam ? 'home' : 'away') : 'none';
        const status = entry.status ?? 'VALID';
        return h('li', {
            class: `fact fact-${entry.type.toLowerCase()} ${status.toLowerCase()} ${side}${happenedBy(entry, at) ? '' : ' later'}`,
            testid: 'timeline-event', 'data-type': entry.type, 'data-status': status, 'data-side': side,
            'data-event-id': entry.eventId,
        }, PLAY.has(entry.type) ? playRow(entry, side, status, notes.get(entry.eventId)) : markerRow(entry));
    }));
}

function playRow(entry, side, status, note) {
    const detail = h('div', {class: 'detail'},
        h('div', {class: 'line'}, icon(entry), h('span', {class: 'what'}, what(entry, status)), statusTag(status),
            entry.type === 'GOAL' && (status === 'VALID' || status === 'CORRECTED')
                ? h('span', {class: 'chip', testid: 'score-after'}, scoreline(entry.score)) : null),
        note ? h('div', {class: 'note', testid: 'amendment'}, note) : null);
    return [
        h('div', {class: 'cell home-cell'}, side === 'home' ? detail : null),
        h('div', {class: 'cell minute', testid: 'event-minute', title: periodName(entry.period)},
            minuteLabel(entry.minute) || PERIOD_SHORT[entry.period] || '·'),
        h('div', {class: 'cell away-cell'}, side === 'away' ? detail : null),
    ];
}

function what(entry, status) {
    const struck = status === 'DISALLOWED' || status === 'RETRACTED';
    const player = struck ? h('del', {class: 'player', testid: 'struck'}, entry.player) : h('span', {class: 'player'}, entry.player);
    switch (entry.type) {
        case 'GOAL':
            return [player, KIND_WORDS[entry.kind] ? h('span', {class: 'kind'}, ` (${KIND_WORDS[entry.kind]})`) : null];
        case 'CARD':
            return [player, h('span', {class: 'kind'}, ` ${CARD_WORDS[entry.card] ?? ''}`)];
        case 'SUBSTITUTION':
            return [h('span', {class: 'on'}, '▲ ', entry.playerOn), ' ', h('span', {class: 'off'}, '▼ ', player)];
        case 'SHOOTOUT_KICK':
            return [player, h('span', {class: 'kind'}, entry.scored ? ' scores' : ' misses'),
                entry.penalties ? h('span', {class: 'chip'}, scoreline(entry.penalties)) : null];
        default:
            return player;
    }
}

function statusTag(status) {
    return STATUS_WORDS[status] ? h('span', {class: `tag ${status.toLowerCase()}`, testid: 'fact-status'}, STATUS_WORDS[status]) : null;
}

function icon(entry) {
    if (entry.type === 'GOAL' || entry.type === 'SHOOTOUT_KICK') {
        return s('svg', {class: 'icon ball', viewBox: '0 0 16 16', 'aria-hidden': 'true'},
            s('circle', {cx: 8, cy: 8, r: 7}),
            s('path', {d: 'M8 4.2 11.2 6.5 10 10.3H6L4.8 6.5Z'}));
    }
    if (entry.type === 'CARD') {
        return s('svg', {class: `icon card-icon ${String(entry.card).toLowerCase()}`, viewBox: '0 0 12 16', 'aria-hidden': 'true'},
            s('rect', {x: 1, y: 1, width: 10, height: 14, rx: 1.5}));
    }
    return s('svg', {class: 'icon swap', viewBox: '0 0 16 16', 'aria-hidden': 'true'},
        s('path', {d: 'M4 2v10M1.5 9.5 4 12l2.5-2.5M12 14V4M9.5 6.5 12 4l2.5 2.5'}));
}

function markerRow(entry) {
    return h('div', {class: 'marker'}, h('span', {}, markerWords(entry)),
        entry.score && entry.type !== 'PERIOD_STARTED' ? h('span', {class: 'chip'}, scoreline(entry.score)) : null,
        entry.penalties && entry.type === 'SHOOTOUT_TALLY' ? h('span', {class: 'chip'}, `pens ${scoreline(entry.penalties)}`) : null);
}

function markerWords(entry) {
    switch (entry.type) {
        case 'PERIOD_STARTED':
            return entry.period === 'FIRST_HALF' ? 'Kick-off' : `${periodName(entry.period)} begins`;
        case 'PERIOD_ENDED':
            return entry.period === 'FIRST_HALF' ? 'Half time' : `End of the ${periodName(entry.period).toLowerCase()}`;
        case 'MATCH_ENDED':
            return 'Full time';
        case 'SHOOTOUT_TALLY':
            return 'Penalty shoot-out';
        default:
            return entry.type.replaceAll('_', ' ').toLowerCase();
    }
}
