// Zero of each decimal digit block Google Calendar writes times in. Every
// block is ten consecutive code points, all in the BMP, so replacing a digit
// keeps string offsets unchanged.
const ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Persian / Urdu
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Odia
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0de6, // Sinhala Lith
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // Fullwidth
];

const NON_ASCII_DIGIT =
  /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819\uff10-\uff19]/;

function asciiDigit(ch: string): string {
  const cp = ch.charCodeAt(0);
  for (const zero of ZEROS) {
    if (cp >= zero && cp <= zero + 9) return String.fromCharCode(48 + cp - zero);
  }
  return ch;
}

const ALL_NON_ASCII_DIGITS = new RegExp(NON_ASCII_DIGIT.source, 'g');

/** The same text with every digit in ASCII; the input itself when it has none. */
export function asciiDigits(text: string): string {
  if (!NON_ASCII_DIGIT.test(text)) return text;
  return text.replace(ALL_NON_ASCII_DIGITS, asciiDigit);
}
