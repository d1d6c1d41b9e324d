// The match clock as the replay slider walks it: one stop per minute (stoppage minutes included when facts were
// recorded in them), then a last stop that is "now" and follows the live match.

const PERIOD_ORDER = ['FIRST_HALF', 'SECOND_HALF', 'EXTRA_TIME_FIRST_HALF', 'EXTRA_TIME_SECOND_HALF',
    'PENALTY_SHOOTOUT'];
const LAST_MINUTES = [45, 90, 105, 120];

export const NOW = Object.freeze({now: true, label: 'Now'});

export function parseMinute(text) {
    const [regular, stoppage] = String(text).split('+').map(Number);
    return {regular, stoppage: stoppage || 0};
}

const periodIndex = period => PERIOD_ORDER.indexOf(period);
const periodOfMinute = regular => LAST_MINUTES.findIndex(last => regular <= last);
const compare = (a, b) => a.regular - b.regular || a.stoppage - b.stoppage;

function stop(regular, stoppage = 0) {
    const text = stoppage ? `${regular}+${stoppage}` : String(regular);
    return {regular, stoppage, minute: text, label: `${text}'`, period: periodOfMinute(regular)};
}

/** The slider's stops for a timeline: 1' to 90' (120' once extra time is played), stoppage minutes, then now. */
export function stops(timeline) {
    const extraTime = timeline.some(entry => periodIndex(entry.period) >= 2 && periodIndex(entry.period) <= 3);
    const lastMinute = extraTime ? 120 : 90;
    const stoppage = new Map();
    for (const entry of timeline) {
        if (!entry.minute) continue;
        const minute = parseMinute(entry.minute);
        if (minute.stoppage) stoppage.set(minute.regular, Math.max(stoppage.get(minute.regular) ?? 0, minute.stoppage));
    }
    const result = [];
    for (let regular = 1; regular <= lastMinute; regular++) {
        result.push(stop(regular));
        for (let added = 1; added <= (stoppage.get(regular) ?? 0); added++) result.push(stop(regular, added));
    }
    result.push(NOW);
    return result;
}

/** Whether a fact on the timeline had happened by a stop of the slider. */
export function happenedBy(entry, at) {
    if (at.now) return true;
    if (entry.type === 'MATCH_ENDED' || entry.period === 'PENALTY_SHOOTOUT') return false;
    if (entry.minute) return compare(parseMinute(entry.minute), at) <= 0;
    const period = periodIndex(entry.period);
    return entry.type === 'PERIOD_STARTED' ? period <= at.period : period < at.period;
}

/** The score by a stop, as the timeline's entries tell it (the scoreboard from the API is the authority). */
export function scoreBy(timeline, at) {
    let score = {home: 0, away: 0};
    for (const entry of timeline) {
        if (happenedBy(entry, at) && entry.score) score = entry.score;
    }
    return score;
}
