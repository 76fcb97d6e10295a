import { render } from 'preact';
import { browser } from '#imports';
import { App } from '@/components/popup/App';
import { messageEffects } from '@/components/popup/message-effects';
import { createPopupStore } from '@/components/popup/store';
import '@/components/popup/popup.css';
import '@/components/popup/first-screen.css';

const store = createPopupStore(messageEffects);
// Ask for the week before the first render: the answer and the render overlap.
void store.load(0);
// The page speaks the browser's language: say so, for screen readers and hyphenation.
document.documentElement.lang = browser.i18n.getUILanguage();
render(<App store={store} />, document.getElementById('app')!);
