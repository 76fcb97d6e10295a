import { enPage } from './messages/en-page';
import { enPageMore } from './messages/page/en';
import type { PageLanguage } from './page-strings';
import { catalogueReader, type Messages, type Reader } from './render';

// Background, extension pages and tests only: the content script gets these
// from the background with the rest of its language, not by import.

/** The page's messages in English. */
export const ENGLISH_PAGE: Messages = { ...enPage, ...enPageMore };

/** English page words: the English form of reasons kept as text, and tests. */
export const englishPage: Reader = catalogueReader(ENGLISH_PAGE, 'en');

/** An English left-to-right page, whole. */
export const ENGLISH_LANGUAGE: PageLanguage = { reader: englishPage, dir: 'ltr' };
