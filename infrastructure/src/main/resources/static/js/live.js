// Follows a live stream: every state the server sends, and whether the connection is up. EventSource reconnects by
// itself and sends Last-Event-ID, so a dropped connection resumes where it stopped.

/** Opens the stream; the answer closes it. */
export function follow(url, eventName, onState, onConnection) {
    const source = new EventSource(url);
    source.addEventListener(eventName, event => {
        onConnection('live');
        onState(JSON.parse(event.data));
    });
    source.addEventListener('error', () => {
        onConnection(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    });
    return () => source.close();
}
