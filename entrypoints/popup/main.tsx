import { render } from 'preact';
import { App } from '@/components/popup/App';
import { messageEffects } from '@/components/popup/message-effects';
import { createPopupStore } from '@/components/popup/store';
import '@/components/popup/popup.css';

render(<App store={createPopupStore(messageEffects)} />, document.getElementById('app')!);
