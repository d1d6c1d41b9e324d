// The match centre: the scoreboard, the score's progression with a replay slider, the timeline, the log's integrity
// and the explanation. It follows the match's live stream; the slider travels back through the API (?atMinute) and,
// at its last stop, follows the live match again.

import {h, fill} from '../dom.js';
import {api} from '../api.js';
import {follow} from '../live.js';
import {NOW, stops as clockStops} from '../clock.js';
import {scoreChart} from '../chart.js';
import {kickoff, periodName, shortHash, statusName} from '../format.js';
import {breadcrumbs, competitionHref, statusPill, tieHref} from './parts.js';
import {connectionBadge} from './connection.js';
import {amendments, timelineList} from './timeline.js';

export async function matchView(visit, matchId) {
    const [scoreboard, timeline, integrity, explanation] = await Promise.all([
        api.scoreboard(matchId), api.timeline(matchId), api.integrity(matchId), api.matchExplanation(matchId)]);
    const competition = scoreboard.competitionId ? await api.competition(scoreboard.competitionId) : null;
    if (visit.left) return;
    new MatchCentre(visit, matchId, competition).start({scoreboard, timeline: timeline.events, integrity, explanation});
}

class MatchCentre {
    constructor(visit, matchId, competition) {
        this.visit = visit;
        this.matchId = matchId;
        this.competition = competition;
        this.connection = connectionBadge();
        this.board = h('div');
        this.chart = h('div', {class: 'chart-holder'});
        this.slider = h('input', {
            type: 'range', class: 'slider', testid: 'replay-slider', min: 0, step: 1, 'aria-label': 'Replay the match',
            oninput: () => this.travel(Number(this.slider.value)),
        });
        this.minute = h('span', {class: 'replay-minute', testid: 'replay-minute'});
        this.backToLive = h('button', {
            type: 'button', class: 'back-to-live', testid: 'replay-end', hidden: true,
            onclick: () => this.travel(this.stops.length - 1),
        }, 'Back to the end');
        this.timeline = h('div');
        this.integrity = h('div');
        this.explanation = h('div');
        this.replayRequests = 0;
    }

    start(state) {
        this.state = state;
        this.stops = clockStops(state.timeline);
        this.at = NOW;
        this.past = null;
        const {scoreboard} = state;
        fill(this.visit.root,
            breadcrumbs(this.competition && [`${this.competition.name} ${this.competition.season}`,
                competitionHref(this.competition.competitionId)],
            scoreboard.tieId && [scoreboard.round ?? 'Tie', tieHref(scoreboard.tieId)],
            [`${scoreboard.homeTeam} v ${scoreboard.awayTeam}`]),
            this.board,
            h('section', {class: 'card replay', testid: 'replay'},
                h('div', {class: 'card-head'}, h('h2', {}, 'Score progression'), this.minute, this.backToLive),
                this.chart, this.slider,
                h('p', {class: 'hint'}, 'Drag the slider to see the match as it stood at any minute; '
                    + 'at the far right it follows the match live.')),
            h('div', {class: 'columns'},
                h('section', {class: 'card'}, h('h2', {}, 'Timeline'), this.timeline),
                h('div', {class: 'side'}, this.integrity, this.explanation)));
        new ResizeObserver(() => this.drawChart()).observe(this.chart);
        this.drawAll();
        this.visit.onLeave(follow(api.matchStream(this.matchId), 'match', update => this.update(update),
            this.connection.set));
    }

    /** A new state from the live stream: drawn at once, then the audit panels are read again. */
    update({version, scoreboard, timeline}) {
        if (version <= this.state.scoreboard.version) return;
        const minute = this.at.minute;
        this.state = {...this.state, scoreboard, timeline};
        this.stops = clockStops(timeline);
        this.at = this.at.now ? NOW : this.stops.find(stop => stop.minute === minute) ?? NOW;
        this.drawAll();
        if (!this.at.now) this.readPast();
        Promise.all([api.integrity(this.matchId), api.matchExplanation(this.matchId)]).then(([integrity, explanation]) => {
            if (this.visit.left || this.state.scoreboard.version !== version) return;
            this.state = {...this.state, integrity, explanation};
            this.drawTimeline();
            this.drawAudit();
        }).catch(() => {
            // the panels keep their last reading; the next update reads them again
        });
    }

    travel(index) {
        this.at = this.stops[index] ?? NOW;
        this.past = null;
        this.drawReplay();
        this.drawTimeline();
        if (this.at.now) {
            this.replayRequests++;
            this.board.classList.remove('waiting');
            this.drawBoard();
        } else {
            this.readPast();
        }
    }

    /** The scoreboard at the slider's minute, from the API; an answer for a minute left since is dropped. */
    readPast() {
        const request = ++this.replayRequests;
        const current = () => !this.visit.left && request === this.replayRequests;
        this.board.classList.add('waiting');
        api.scoreboardAtMinute(this.matchId, this.at.minute).then(past => {
            if (!current()) return;
            this.past = past;
            this.drawBoard();
        }).finally(() => {
            if (current()) this.board.classList.remove('waiting');
        });
    }

    drawAll() {
        this.drawBoard();
        this.drawReplay();
        this.drawTimeline();
        this.drawAudit();
    }

    drawBoard() {
        const live = this.state.scoreboard;
        const shown = this.at.now ? live : this.past ?? live;
        const replaying = !this.at.now && this.past;
        fill(this.board, h('section', {
            class: `scoreboard${replaying ? ' replaying' : ''}`, testid: 'scoreboard', 'data-version': live.version,
        },
        h('div', {class: 'board-top'},
            h('span', {testid: 'match-meta'}, [this.competition?.name, live.round,
                live.leg && live.tieId ? `Leg ${live.leg}` : null, live.venue, kickoff(live.kickoffAt)]
                .filter(Boolean).join(' · ')),
            this.connection.node),
        h('div', {class: 'board-main'},
            h('div', {class: 'side home'}, h('span', {class: 'team', testid: 'home-team'}, live.homeTeam)),
            h('div', {class: 'board-score'},
                h('div', {class: 'digits', testid: 'score'},
                    h('span', {testid: 'score-home'}, shown.score.home),
                    h('span', {class: 'dash'}, '-'),
                    h('span', {testid: 'score-away'}, shown.score.away)),
                shown.penalties ? h('div', {class: 'caption', testid: 'penalties'},
                    `${shown.penalties.home}-${shown.penalties.away} on penalties`) : null),
            h('div', {class: 'side away'}, h('span', {class: 'team', testid: 'away-team'}, live.awayTeam))),
        h('div', {class: 'board-bottom'},
            replaying ? h('span', {class: 'replay-banner', testid: 'replay-banner'}, `Replay · ${this.at.label}`)
                : statusPill(shown.status),
            shown.period && shown.status === 'LIVE' ? h('span', {class: 'period', testid: 'match-period'},
                periodName(shown.period)) : null,
            live.tieId ? h('a', {class: 'to-tie', href: tieHref(live.tieId), testid: 'match-tie-link'},
                'The tie →') : null)));
    }

    drawReplay() {
        const last = this.stops.length - 1;
        const index = this.at.now ? last : this.stops.indexOf(this.at);
        this.slider.max = last;
        this.slider.value = index;
        const endWords = this.state.scoreboard.status === 'LIVE' ? 'Live' : statusName(this.state.scoreboard.status);
        this.minute.textContent = this.at.now ? endWords : this.at.label;
        this.slider.setAttribute('aria-valuetext', this.minute.textContent);
        this.backToLive.hidden = this.at.now;
        this.backToLive.textContent = this.state.scoreboard.status === 'LIVE' ? 'Back to live' : 'Back to the end';
        this.drawChart();
    }

    drawChart() {
        const width = this.chart.clientWidth;
        if (!width) return;
        const {timeline, scoreboard} = this.state;
        const last = this.stops.length - 1;
        fill(this.chart, scoreChart(width, {
            timeline, stops: this.stops, homeTeam: scoreboard.homeTeam, status: scoreboard.status,
            cursor: this.at.now ? last : this.stops.indexOf(this.at),
        }), h('div', {class: 'legend'},
            h('span', {class: 'key home'}, scoreboard.homeTeam), h('span', {class: 'key away'}, scoreboard.awayTeam)));
    }

    drawTimeline() {
        const {timeline, scoreboard, explanation} = this.state;
        fill(this.timeline, timelineList({
            timeline, homeTeam: scoreboard.homeTeam, at: this.at, notes: amendments(explanation),
        }));
    }

    drawAudit() {
        const {integrity, explanation} = this.state;
        fill(this.integrity, h('section', {
            class: `card integrity ${integrity.valid ? 'valid' : 'broken'}`, testid: 'integrity',
            'data-valid': String(integrity.valid),
        },
        h('h2', {}, 'Integrity'),
        h('p', {class: 'verdict', testid: 'integrity-status'}, integrity.valid
            ? 'Hash chain intact'
            : `Hash chain broken at event ${integrity.firstBrokenSequence}`),
        h('dl', {},
            h('dt', {}, 'Events'), h('dd', {testid: 'integrity-events'}, integrity.events),
            h('dt', {}, 'Head hash'), h('dd', {testid: 'integrity-head', title: integrity.headHash ?? ''},
                h('code', {}, shortHash(integrity.headHash))))));
        fill(this.explanation, h('section', {class: 'card explanation', testid: 'match-explanation'},
            h('h2', {}, 'Explanation'),
            h('p', {class: 'summary', testid: 'match-explanation-summary'}, explanation.summary),
            h('ol', {class: 'steps'}, explanation.steps
                .filter(step => step.kind !== 'GOAL_COUNTED')
                .map(step => h('li', {class: `step step-${step.kind.toLowerCase()}`, 'data-kind': step.kind},
                    h('span', {class: 'kind'}, step.kind.replaceAll('_', ' ').toLowerCase()), h('span', {}, step.text))))));
    }
}
