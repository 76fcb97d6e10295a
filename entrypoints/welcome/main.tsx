import { render } from 'preact';
import { WelcomeApp } from '@/components/welcome/App';
import { welcomeEffects } from '@/components/welcome/welcome-effects';
import { browserReader } from '@/utils/shared/i18n/browser-reader';
import '@/components/options/options.css';
import '@/components/welcome/welcome.css';

const reader = browserReader();
document.documentElement.lang = reader.lang;
document.title = reader.lookup('welcome_title') ?? document.title;
render(<WelcomeApp effects={welcomeEffects} reader={reader} />, document.getElementById('app')!);
