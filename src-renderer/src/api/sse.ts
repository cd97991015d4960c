/**
 * An incremental reader of Server-Sent Events text (the web host's
 * `GET /api/events`): feed it chunks as they arrive, in any split, and it
 * calls back once per complete message with its event name and data.
 * Comment lines (`: keep-alive`) and messages without data are skipped.
 * Written by hand because EventSource cannot send the access-token header
 * and the format needs only these few lines.
 */
export type SseMessageHandler = (event: string, data: string) => void;

export function createSseReader(onMessage: SseMessageHandler): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) onMessage(event, data.join('\n'));
    }
  };
}
