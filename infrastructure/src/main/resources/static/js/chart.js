// The score-progression chart: each side's goals as a step line over the slider's stops, so the chart and the
// replay slider below it share one horizontal scale.

import {s} from './dom.js';
import {happenedBy, scoreBy} from './clock.js';

const HEIGHT = 210;
const TOP = 22;
const BOTTOM = 26;
/** Half the replay slider's thumb: the first and last stop sit where the thumb's centre can go. */
const SIDE = 9;
const LABEL_ROOM = 60;
const BREAKS = ['HT', 'ET', 'ET HT'];
const END_WORDS = {LIVE: 'NOW', FINISHED: 'FT'};

/** Keeps a label near either edge inside the chart. */
const anchor = (at, width) => (at < LABEL_ROOM ? 'start' : at > width - LABEL_ROOM ? 'end' : 'middle');

/** The first stop a goal had happened by: its minute, or the start of the next period when only its period is known. */
function stopIndexOf(entry, stops) {
    return stops.findIndex(stop => happenedBy(entry, stop));
}

/**
 * @param width the pixels the chart may take
 * @param match {timeline, stops, homeTeam, status, cursor}: cursor is the index of the slider's stop
 */
export function scoreChart(width, {timeline, stops, homeTeam, status, cursor}) {
    const plotWidth = Math.max(width - 2 * SIDE, 100);
    const plotHeight = HEIGHT - TOP - BOTTOM;
    const scores = stops.map(stop => scoreBy(timeline, stop));
    const most = Math.max(3, ...scores.map(score => Math.max(score.home, score.away)));
    const x = index => SIDE + (stops.length > 1 ? index * plotWidth / (stops.length - 1) : 0);
    const y = goals => TOP + plotHeight - goals * plotHeight / most;

    const svg = s('svg', {
        class: 'chart', testid: 'score-chart', width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`,
        role: 'img', 'aria-label': 'Score progression over the match minutes',
    });

    for (let goals = 0; goals <= most; goals++) {
        svg.append(s('line', {class: 'grid', x1: SIDE, x2: SIDE + plotWidth, y1: y(goals), y2: y(goals)}),
            s('text', {class: 'axis', x: SIDE + 2, y: y(goals) - 3}, goals));
    }

    stops.forEach((stop, index) => {
        const next = stops[index + 1];
        if (!stop.now && next && (next.now || next.period !== stop.period)) {
            const at = (x(index) + x(index + 1)) / 2;
            svg.append(s('line', {class: 'period-end', x1: at, x2: at, y1: TOP - 6, y2: TOP + plotHeight}));
            const name = next.now ? END_WORDS[status] : BREAKS[stop.period];
            if (name) svg.append(s('text', {class: 'axis period', x: at, y: TOP - 9}, name));
        }
        if (!stop.now && !stop.stoppage && stop.regular % 15 === 0) {
            svg.append(s('text', {class: 'axis tick', x: x(index), y: HEIGHT - 8}, stop.label));
        }
    });

    // a match still being played is drawn up to its latest fact, and dashed from there to now
    const last = stops.length - 1;
    const reached = status === 'FINISHED' ? last
        : Math.max(0, ...timeline.map(entry => stopIndexOf(entry, stops)).filter(index => index < last));
    for (const side of ['home', 'away']) {
        const lift = side === 'home' ? -1.5 : 1.5;
        let path = `M ${x(0)} ${y(scores[0][side]) + lift}`;
        for (let index = 1; index <= reached; index++) path += ` H ${x(index)} V ${y(scores[index][side]) + lift}`;
        svg.append(s('path', {class: `line ${side}`, d: path}));
        if (reached < last) {
            svg.append(s('path', {
                class: `line ${side} pending`,
                d: `M ${x(reached)} ${y(scores[reached][side]) + lift} H ${x(last)}`,
            }));
        }
    }

    for (const entry of timeline.filter(fact => fact.type === 'GOAL')) {
        const side = entry.team === homeTeam ? 'home' : 'away';
        const index = stopIndexOf(entry, stops);
        const counts = entry.status === 'VALID' || entry.status === 'CORRECTED';
        const cy = y(scores[index][side]);
        const what = `${entry.minute ? `${entry.minute}' ` : ''}${entry.player ?? ''} (${entry.team})`
            + (counts ? '' : ` — ${entry.status.toLowerCase()}`);
        svg.append(s('g', {class: `goal ${side}${counts ? '' : ' void'}`},
            s('title', {}, what),
            s('circle', {cx: x(index), cy, r: 5}),
            s('text', {class: `scorer ${anchor(x(index), width)}`, x: x(index), y: cy - 9}, entry.player ?? '')));
    }

    if (cursor !== undefined && !stops[cursor]?.now) {
        svg.append(s('line', {class: 'cursor', testid: 'chart-cursor', x1: x(cursor), x2: x(cursor), y1: TOP - 6,
            y2: TOP + plotHeight}));
    }
    return svg;
}
