/** A week never shown in Google Calendar: nothing to count yet, and where to look. */
export function NoData({ calendarUrl }: { calendarUrl: string }) {
  return (
    <section class="state" aria-labelledby="nodata-h">
      <h2 id="nodata-h">Nothing seen for this week</h2>
      <p>Polarity counts a week once you have looked at it in Google Calendar.</p>
      <p>
        <a href={calendarUrl} target="_blank" rel="noopener noreferrer">
          Open this week in Google Calendar
        </a>
      </p>
    </section>
  );
}
