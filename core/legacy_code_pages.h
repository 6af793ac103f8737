#pragma once

// The byte tables of the Vietnamese legacy encodings, shared by the decoder and the encoder.
// Bytes 0x00–0x7F are ASCII in all of them.

#include <array>

namespace agrimap::legacy_code_pages {

inline constexpr char16_t undefined = 0xFFFD;

// The combining marks the tables speak of.
inline constexpr char16_t grave = 0x0300;      // huyền
inline constexpr char16_t acute = 0x0301;      // sắc
inline constexpr char16_t circumflex = 0x0302; // â ê ô
inline constexpr char16_t tilde = 0x0303;      // ngã
inline constexpr char16_t breve = 0x0306;      // ă
inline constexpr char16_t hook = 0x0309;       // hỏi
inline constexpr char16_t dotBelow = 0x0323;   // nặng

// Windows-1252, bytes 0x80–0x9F (0xA0–0xFF are Latin-1). VNI fonts are laid out over it.
inline constexpr std::array<char16_t, 32> windows1252Controls = {
    0x20AC,    undefined, 0x201A, 0x0192, 0x201E, 0x2026,    0x2020, 0x2021, // 80
    0x02C6,    0x2030,    0x0160, 0x2039, 0x0152, undefined, 0x017D, undefined,
    undefined, 0x2018,    0x2019, 0x201C, 0x201D, 0x2022,    0x2013, 0x2014, // 90
    0x02DC,    0x2122,    0x0161, 0x203A, 0x0153, undefined, 0x017E, 0x0178,
};

// Windows-1258, bytes 0x80–0xFF. 0xCC, 0xD2, 0xDE, 0xEC and 0xF2 are combining tone marks
// that follow their base letter; NFC composes them afterwards.
inline constexpr std::array<char16_t, 128> windows1258 = {
    0x20AC,    undefined, 0x201A,    0x0192, 0x201E, 0x2026,    0x2020,    0x2021, // 80
    0x02C6,    0x2030,    undefined, 0x2039, 0x0152, undefined, undefined, undefined,
    undefined, 0x2018,    0x2019,    0x201C, 0x201D, 0x2022,    0x2013,    0x2014, // 90
    0x02DC,    0x2122,    undefined, 0x203A, 0x0153, undefined, undefined, 0x0178,
    0x00A0,    0x00A1,    0x00A2,    0x00A3, 0x00A4, 0x00A5,    0x00A6,    0x00A7, // A0
    0x00A8,    0x00A9,    0x00AA,    0x00AB, 0x00AC, 0x00AD,    0x00AE,    0x00AF,
    0x00B0,    0x00B1,    0x00B2,    0x00B3, 0x00B4, 0x00B5,    0x00B6,    0x00B7, // B0
    0x00B8,    0x00B9,    0x00BA,    0x00BB, 0x00BC, 0x00BD,    0x00BE,    0x00BF,
    0x00C0,    0x00C1,    0x00C2,    0x0102, 0x00C4, 0x00C5,    0x00C6,    0x00C7, // C0
    0x00C8,    0x00C9,    0x00CA,    0x00CB, 0x0300, 0x00CD,    0x00CE,    0x00CF,
    0x0110,    0x00D1,    0x0309,    0x00D3, 0x00D4, 0x01A0,    0x00D6,    0x00D7, // D0
    0x00D8,    0x00D9,    0x00DA,    0x00DB, 0x00DC, 0x01AF,    0x0303,    0x00DF,
    0x00E0,    0x00E1,    0x00E2,    0x0103, 0x00E4, 0x00E5,    0x00E6,    0x00E7, // E0
    0x00E8,    0x00E9,    0x00EA,    0x00EB, 0x0301, 0x00ED,    0x00EE,    0x00EF,
    0x0111,    0x00F1,    0x0323,    0x00F3, 0x00F4, 0x01A1,    0x00F6,    0x00F7, // F0
    0x00F8,    0x00F9,    0x00FA,    0x00FB, 0x00FC, 0x01B0,    0x20AB,    0x00FF,
};

// TCVN3 (TCVN 5712:1993 VN3, the ABC fonts), bytes 0x80–0xFF: the no-break space, the seven
// capitals Ă Â Ê Ô Ơ Ư Đ and all 67 lowercase letters. Capitals with tone marks have no code:
// they were typed with the same lowercase codes in a capital font (.VnTimeH), so they decode
// as lowercase. The codes VN1/VN2 add in this range (capitals with tones, combining marks)
// stay undefined: ABC fonts have no glyphs there, and a stray one hints at another encoding.
// Each vowel's tones run huyền, hỏi, ngã, sắc, nặng.
inline constexpr std::array<char16_t, 128> tcvn3 = {
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, // 80
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, // 90
    undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    u'\u00A0', u'Ă',      u'Â',      u'Ê',      u'Ô',      u'Ơ',      u'Ư',      u'Đ', // A0
    u'ă',      u'â',      u'ê',      u'ô',      u'ơ',      u'ư',      u'đ',      undefined,
    undefined, undefined, undefined, undefined, undefined, u'à',      u'ả',      u'ã', // B0
    u'á',      u'ạ',      undefined, u'ằ',      u'ẳ',      u'ẵ',      u'ắ',      undefined,
    undefined, undefined, undefined, undefined, undefined, undefined, u'ặ',      u'ầ', // C0
    u'ẩ',      u'ẫ',      u'ấ',      u'ậ',      u'è',      undefined, u'ẻ',      u'ẽ',
    u'é',      u'ẹ',      u'ề',      u'ể',      u'ễ',      u'ế',      u'ệ',      u'ì', // D0
    u'ỉ',      undefined, undefined, undefined, u'ĩ',      u'í',      u'ị',      u'ò',
    undefined, u'ỏ',      u'õ',      u'ó',      u'ọ',      u'ồ',      u'ổ',      u'ỗ', // E0
    u'ố',      u'ộ',      u'ờ',      u'ở',      u'ỡ',      u'ớ',      u'ợ',      u'ù',
    undefined, u'ủ',      u'ũ',      u'ú',      u'ụ',      u'ừ',      u'ử',      u'ữ', // F0
    u'ứ',      u'ự',      u'ỳ',      u'ỷ',      u'ỹ',      u'ý',      u'ỵ',      undefined,
};

// What a VNI-Windows byte from 0xC0 up means: a letter of its own (the i family, ỵ, ơ, ư, đ),
// or one or two diacritics that modify the letter before it ("oà" is ồ), or nothing (all
// zero), when the byte keeps its Windows-1252 character.
struct VniCode {
    char16_t letter = 0;
    char16_t mark = 0;
    char16_t secondMark = 0;
};

// VNI-Windows, bytes 0xC0–0xFF. The uppercase codes are the lowercase ones minus 0x20, as in
// Latin-1; an uppercase letter takes the uppercase diacritics ("AÙ" is Á, "aù" is á).
inline constexpr std::array<VniCode, 64> vni = {{
    {.mark = circumflex, .secondMark = grave},    // C0 À  Ầ Ề Ồ
    {.mark = circumflex, .secondMark = acute},    // C1 Á  Ấ Ế Ố
    {.mark = circumflex},                         // C2 Â  Â Ê Ô
    {.mark = circumflex, .secondMark = tilde},    // C3 Ã  Ẫ Ễ Ỗ
    {.mark = circumflex, .secondMark = dotBelow}, // C4 Ä  Ậ Ệ Ộ
    {.mark = circumflex, .secondMark = hook},     // C5 Å  Ẩ Ể Ổ
    {.letter = u'Ỉ'},                             // C6 Æ
    {},                                           // C7 Ç
    {.mark = breve, .secondMark = grave},         // C8 È  Ằ
    {.mark = breve, .secondMark = acute},         // C9 É  Ắ
    {.mark = breve},                              // CA Ê  Ă
    {.mark = breve, .secondMark = dotBelow},      // CB Ë  Ặ
    {.letter = u'Ì'},                             // CC Ì
    {.letter = u'Í'},                             // CD Í
    {.letter = u'Ỵ'},                             // CE Î
    {.mark = dotBelow},                           // CF Ï
    {},                                           // D0 Ð
    {.letter = u'Đ'},                             // D1 Ñ
    {.letter = u'Ị'},                             // D2 Ò
    {.letter = u'Ĩ'},                             // D3 Ó
    {.letter = u'Ơ'},                             // D4 Ô
    {.mark = tilde},                              // D5 Õ
    {.letter = u'Ư'},                             // D6 Ö
    {},                                           // D7 ×
    {.mark = grave},                              // D8 Ø
    {.mark = acute},                              // D9 Ù
    {.mark = breve, .secondMark = hook},          // DA Ú  Ẳ
    {.mark = hook},                               // DB Û
    {.mark = breve, .secondMark = tilde},         // DC Ü  Ẵ
    {},                                           // DD Ý
    {},                                           // DE Þ
    {},                                           // DF ß
    {.mark = circumflex, .secondMark = grave},    // E0 à  ầ ề ồ
    {.mark = circumflex, .secondMark = acute},    // E1 á  ấ ế ố
    {.mark = circumflex},                         // E2 â  â ê ô
    {.mark = circumflex, .secondMark = tilde},    // E3 ã  ẫ ễ ỗ
    {.mark = circumflex, .secondMark = dotBelow}, // E4 ä  ậ ệ ộ
    {.mark = circumflex, .secondMark = hook},     // E5 å  ẩ ể ổ
    {.letter = u'ỉ'},                             // E6 æ
    {},                                           // E7 ç
    {.mark = breve, .secondMark = grave},         // E8 è  ằ
    {.mark = breve, .secondMark = acute},         // E9 é  ắ
    {.mark = breve},                              // EA ê  ă
    {.mark = breve, .secondMark = dotBelow},      // EB ë  ặ
    {.letter = u'ì'},                             // EC ì
    {.letter = u'í'},                             // ED í
    {.letter = u'ỵ'},                             // EE î
    {.mark = dotBelow},                           // EF ï
    {},                                           // F0 ð
    {.letter = u'đ'},                             // F1 ñ
    {.letter = u'ị'},                             // F2 ò
    {.letter = u'ĩ'},                             // F3 ó
    {.letter = u'ơ'},                             // F4 ô
    {.mark = tilde},                              // F5 õ
    {.letter = u'ư'},                             // F6 ö
    {},                                           // F7 ÷
    {.mark = grave},                              // F8 ø
    {.mark = acute},                              // F9 ù
    {.mark = breve, .secondMark = hook},          // FA ú  ẳ
    {.mark = hook},                               // FB û
    {.mark = breve, .secondMark = tilde},         // FC ü  ẵ
    {},                                           // FD ý
    {},                                           // FE þ
    {},                                           // FF ÿ
}};

inline constexpr unsigned char vniFirstCode = 0xC0;
inline constexpr unsigned char vniFirstLowercaseCode = 0xE0;

} // namespace agrimap::legacy_code_pages
