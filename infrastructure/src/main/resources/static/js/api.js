// The fulltime HTTP API as the page reads it.

export class ApiError extends Error {
    constructor(status, detail) {
        super(detail);
        this.status = status;
    }
}

export async function get(path) {
    const response = await fetch(path, {headers: {Accept: 'application/json'}});
    const body = await response.json().catch(() => null);
    if (!response.ok) {
        throw new ApiError(response.status, body?.detail ?? `${response.status} ${response.statusText}`);
    }
    return body;
}

const id = encodeURIComponent;

export const api = {
    competitions: () => get('/api/competitions'),
    competition: competitionId => get(`/api/competitions/${id(competitionId)}`),
    bracket: competitionId => get(`/api/competitions/${id(competitionId)}/bracket`),
    matches: competitionId => get(competitionId ? `/api/matches?competitionId=${id(competitionId)}` : '/api/matches'),
    scoreboard: matchId => get(`/api/matches/${id(matchId)}`),
    scoreboardAtMinute: (matchId, minute) => get(`/api/matches/${id(matchId)}?atMinute=${id(minute)}`),
    timeline: matchId => get(`/api/matches/${id(matchId)}/timeline`),
    integrity: matchId => get(`/api/matches/${id(matchId)}/integrity`),
    matchExplanation: matchId => get(`/api/matches/${id(matchId)}/explanation`),
    tie: tieId => get(`/api/ties/${id(tieId)}`),
    tieExplanation: tieId => get(`/api/ties/${id(tieId)}/explanation`),
    matchStream: matchId => `/api/matches/${id(matchId)}/stream`,
    tieStream: tieId => `/api/ties/${id(tieId)}/stream`,
};
