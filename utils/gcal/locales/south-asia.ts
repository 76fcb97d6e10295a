import type { LocaleSpec } from './types';

// South Asian UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const bn: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['থেকে'],
  calendar: ['ক্যালেন্ডার: '],
  location: ['লোকেশন: '],
  noLocation: ['কোনও লোকেশন নেই'],
  color: ['রঙ: '],
};

export const gu: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['થી'],
  calendar: ['કૅલેન્ડર: '],
  location: ['સ્થાન: '],
  noLocation: ['કોઈ સ્થાન નથી'],
  color: ['રંગ: '],
};

export const hi: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  range: ['से'],
  calendar: ['कैलेंडर: '],
  location: ['जगह: '],
  noLocation: ['कोई जगह नहीं'],
  color: ['रंग: '],
  rsvp: { accepted: ['स्वीकृत'] },
};

export const kn: LocaleSpec = {
  sep: [', '],
  am: ['ಪೂರ್ವಾಹ್ನ'],
  pm: ['ಅಪರಾಹ್ನ'],
  range: ['ನಿಂದ'],
  calendar: ['ಕ್ಯಾಲೆಂಡರ್: '],
  location: ['ಸ್ಥಳ: '],
  noLocation: ['ಯಾವುದೇ ಸ್ಥಳವಿಲ್ಲ'],
  color: ['ಬಣ್ಣ: '],
};

export const ml: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['മുതൽ'],
  calendar: ['കലണ്ടർ: '],
  location: ['ലൊക്കേഷൻ: '],
  noLocation: ['ലൊക്കേഷനൊന്നുമില്ല'],
  color: ['നിറം: '],
};

export const mr: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['ते'],
  calendar: ['कॅलेंडर: '],
  location: ['स्थान: '],
  noLocation: ['स्थान नाही'],
  color: ['रंग: '],
};

export const ne: LocaleSpec = {
  sep: [', '],
  am: ['पूर्वाह्न'],
  pm: ['अपराह्न'],
  range: ['देखि'],
  calendar: ['पात्रो: '],
  location: ['स्थान: '],
  noLocation: ['कुनै पनि स्थान छैन'],
  color: ['रङ: '],
};

export const pa: LocaleSpec = {
  sep: [', '],
  am: ['ਪੂ.ਦੁ.'],
  pm: ['ਬਾ.ਦੁ.'],
  range: ['ਤੋਂ'],
  calendar: ['ਕੈਲੰਡਰ: '],
  location: ['ਟਿਕਾਣਾ: '],
  noLocation: ['ਕੋਈ ਟਿਕਾਣਾ ਨਹੀਂ'],
  color: ['ਰੰਗ: '],
  rsvp: { accepted: ['ਸਵੀਕਾਰ ਕੀਤਾ ਗਿਆ'] },
};

export const si: LocaleSpec = {
  sep: [', '],
  am: ['පෙ.ව.'],
  pm: ['ප.ව.'],
  markerFirst: true,
  dotTime: true,
  range: ['සිට'],
  calendar: ['දින දර්ශනය: '],
  location: ['ස්ථානය: '],
  noLocation: ['ස්ථානයක් නැත'],
  color: ['වර්ණය: '],
};

export const ta: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: [],
  calendar: ['கேலெண்டர்: '],
  location: ['இருப்பிடம்: '],
  noLocation: ['இருப்பிடத் தகவல் வேண்டாம்'],
  color: ['வண்ணம்: '],
};

export const te: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['నుండి'],
  calendar: ['క్యాలెండర్: '],
  location: ['స్థానం: '],
  noLocation: ['స్థానం లేదు'],
  color: ['రంగు: '],
};
