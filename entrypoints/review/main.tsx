import { render } from 'preact';
import { browser } from '#imports';
import { App } from '@/components/review/App';
import { offsetFromHash, reviewEffects } from '@/components/review/message-effects';
import { createReviewStore } from '@/components/review/store';
import '@/components/popup/popup.css';
import '@/components/review/review.css';

const store = createReviewStore(reviewEffects, offsetFromHash(location.hash));
void store.load(store.get().offset);
// The page speaks the browser's language: say so, for screen readers and hyphenation.
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App store={store} />, document.getElementById('app')!);
