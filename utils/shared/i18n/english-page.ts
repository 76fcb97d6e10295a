import { enPage } from './messages/en-page';
import { enPageMore } from './messages/page/en';
import { catalogueReader, type Messages, type Reader } from './render';

/** The page's messages in English: the only catalogue part the content script carries. */
export const ENGLISH_PAGE: Messages = { ...enPage, ...enPageMore };

/** English page words: the page's fallback, and the English form of reasons kept as text. */
export const englishPage: Reader = catalogueReader(ENGLISH_PAGE, 'en');
