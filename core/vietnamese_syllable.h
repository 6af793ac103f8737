#pragma once

#include <QString>

namespace agrimap {

/// Whether a word is spelled like one Vietnamese syllable: an initial consonant, a vowel group
/// Vietnamese has, a final consonant that may follow it, and at most one tone mark. Case does
/// not matter. Used to judge which decoding of legacy bytes reads as Vietnamese; it accepts
/// some syllables no one says, and rejects loan words and abbreviations.
bool isVietnameseSyllable(const QString& word);

/// Whether a combining mark is one of the five tone marks (huyền, sắc, ngã, hỏi, nặng).
bool isVietnameseToneMark(QChar mark);

/// Whether a letter carries a tone mark (ấ does, â does not).
bool hasVietnameseTone(QChar letter);

} // namespace agrimap
