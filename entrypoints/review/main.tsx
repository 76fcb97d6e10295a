import { render } from 'preact';
import { App } from '@/components/review/App';
import { offsetFromHash, reviewEffects } from '@/components/review/message-effects';
import { createReviewStore } from '@/components/review/store';
import '@/components/popup/popup.css';
import '@/components/review/review.css';

const store = createReviewStore(reviewEffects, offsetFromHash(location.hash));
void store.load(store.get().offset);
render(<App store={store} />, document.getElementById('app')!);
