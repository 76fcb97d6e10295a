import type { LocaleSpec } from './types';

// East and South-East Asian UI languages. Every word is copied from Google Calendar's own
// hidden chip text in the calendar-plus corpus (June 2024); a field the corpus
// does not show (most RSVP words, "All day", tasks) is left out on purpose.

export const fil: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['hanggang'],
  calendar: ['Kalendaryo: '],
  location: ['Lokasyon: '],
  noLocation: ['Walang lokasyon'],
  color: ['Kulay: '],
};

export const id: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  dotTime: true,
  range: ['sampai'],
  calendar: ['Kalender: '],
  location: ['Lokasi: '],
  noLocation: ['Tak ada lokasi'],
  color: ['Warna: '],
};

export const ja: LocaleSpec = {
  sep: ['、'],
  am: ['午前'],
  pm: ['午後'],
  markerFirst: true,
  hourWord: ['時'],
  range: [],
  calendar: ['カレンダー: '],
  location: ['場所: '],
  noLocation: ['場所の指定なし'],
  color: ['色: '],
  rsvp: {
    accepted: ['承諾'],
    declined: ['辞退'],
    tentative: ['未定'],
    'needs-rsvp': ['出欠確認が必要'],
  },
  titleQuotes: ['「', '」'],
};

export const km: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['ដល់\u200bម៉ោង', 'ដល់'],
  calendar: ['ប្រតិទិន៖ '],
  location: ['ទីតាំង៖ '],
  noLocation: ['គ្មាន\u200bទីតាំង\u200bទេ'],
  color: ['ពណ៌៖ '],
};

export const ko: LocaleSpec = {
  sep: [', '],
  am: ['오전'],
  pm: ['오후'],
  markerFirst: true,
  hourWord: ['시'],
  range: [],
  calendar: ['캘린더: '],
  location: ['위치: '],
  noLocation: ['위치 없음'],
  color: ['색상: '],
};

export const lo: LocaleSpec = {
  sep: [', '],
  am: ['ໂມງກ່ອນທ່ຽງ', 'ກ່ອນທ່ຽງ'],
  pm: ['ໂມງຫຼັງທ່ຽງ', 'ຫຼັງທ່ຽງ'],
  hourWord: ['ໂມງ'],
  range: ['ຫາ'],
  calendar: ['ປະຕິທິນ: '],
  location: ['ສະຖານທີ່: '],
  noLocation: ['ບໍ່ມີສະຖານທີ່'],
  color: ['ສີ: '],
};

export const ms: LocaleSpec = {
  sep: [', '],
  am: ['PG'],
  pm: ['PTG'],
  range: ['hingga'],
  calendar: ['Kalendar: '],
  location: ['Lokasi: '],
  noLocation: ['Tiada lokasi'],
  color: ['Warna: '],
};

export const my: LocaleSpec = {
  sep: ['၊ '],
  am: ['နံနက်'],
  pm: ['ညနေ'],
  markerFirst: true,
  range: ['မှ'],
  calendar: ['ပြက္ခဒိန်- '],
  location: ['နေရာ- '],
  noLocation: ['နေရာ ထည့်မထားပါ'],
  color: ['အရောင်- '],
};

export const th: LocaleSpec = {
  sep: [', '],
  am: ['am'],
  pm: ['pm'],
  hourWord: ['น.'],
  range: ['ถึง'],
  calendar: ['ปฏิทิน: '],
  location: ['สถานที่: '],
  noLocation: ['ไม่มีสถานที่'],
  color: ['สี: '],
};

export const vi: LocaleSpec = {
  sep: [', '],
  am: ['AM'],
  pm: ['PM'],
  range: ['đến'],
  calendar: ['Lịch: '],
  location: ['Vị trí: '],
  noLocation: ['Không có vị trí nào'],
  color: ['Màu: '],
};

export const zhCN: LocaleSpec = {
  sep: ['，'],
  am: ['上午'],
  pm: ['下午'],
  markerFirst: true,
  hourWord: ['点'],
  range: ['至'],
  calendar: ['日历：'],
  location: ['地点：'],
  noLocation: ['没有位置信息'],
  color: ['Color：'],
};

export const zhHK: LocaleSpec = {
  sep: ['，'],
  am: ['上午'],
  pm: ['下午'],
  markerFirst: true,
  hourWord: ['時'],
  range: ['至'],
  calendar: ['日曆：'],
  location: ['地點：'],
  noLocation: ['沒有位置資料'],
  color: ['顏色：'],
};

export const zhTW: LocaleSpec = {
  sep: ['，'],
  am: ['上午'],
  pm: ['下午'],
  markerFirst: true,
  hourWord: ['點'],
  range: ['至'],
  calendar: ['日曆：'],
  location: ['地點：'],
  noLocation: ['沒有任何地點資訊'],
  color: ['顏色：'],
};
