/** Nothing was ever read: how to start, and one button to get there. */
export function FirstRun({
  calendarUrl,
  onOpen,
}: {
  calendarUrl: string;
  onOpen(url: string): void;
}) {
  return (
    <section class="state" aria-labelledby="first-h">
      <h1 id="first-h">Welcome to Polarity</h1>
      <p>Polarity learns your week by reading Google Calendar as you look at it.</p>
      <ol>
        <li>Open Google Calendar in week view.</li>
        <li>Browse the weeks you want counted: each one shown is remembered.</li>
        <li>Come back here for the split between execution and innovation.</li>
      </ol>
      <p class="muted small">Everything stays in this browser. Nothing is sent anywhere.</p>
      <button type="button" class="primary" onClick={() => onOpen(calendarUrl)}>
        Open Google Calendar
      </button>
    </section>
  );
}
