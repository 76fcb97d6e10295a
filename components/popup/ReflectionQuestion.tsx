export function ReflectionQuestion({ question }: { question: string }) {
  return (
    <section aria-labelledby="question-h" class="question">
      <h2 id="question-h">A question for the week</h2>
      <p>{question}</p>
    </section>
  );
}
