// Words for the values the API names.

const PERIODS = {
    FIRST_HALF: 'First half',
    SECOND_HALF: 'Second half',
    EXTRA_TIME_FIRST_HALF: 'Extra time, first half',
    EXTRA_TIME_SECOND_HALF: 'Extra time, second half',
    PENALTY_SHOOTOUT: 'Penalty shoot-out',
};

const STATUSES = {SCHEDULED: 'Scheduled', LIVE: 'Live', FINISHED: 'Full time'};

const DECIDED_BY = {
    AGGREGATE: 'on aggregate',
    AWAY_GOALS: 'on away goals',
    EXTRA_TIME: 'after extra time',
    PENALTIES: 'on penalties',
    SCORE: 'in normal time',
};

export const periodName = period => PERIODS[period] ?? period ?? '';
export const statusName = status => STATUSES[status] ?? status ?? '';
export const decidedByWords = rule => DECIDED_BY[rule] ?? rule ?? '';
export const minuteLabel = minute => (minute ? `${minute}'` : '');
export const scoreline = score => (score ? `${score.home}-${score.away}` : '');

export function kickoff(instant) {
    if (!instant) return '';
    return new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(instant));
}

/** The first and last few characters of a hash, enough to compare it with one kept elsewhere. */
export const shortHash = hash => (hash && hash.length > 16 ? `${hash.slice(0, 8)}…${hash.slice(-8)}` : hash ?? '');

/** A tie's legs and outcome in a few words, e.g. "Real Madrid advance on aggregate". */
export function outcome(tie) {
    if (tie.status !== 'DECIDED') return 'In progress';
    return `${tie.winner} ${tie.legs.length > 1 ? 'advance' : 'win'} ${decidedByWords(tie.decidedBy)}`;
}
