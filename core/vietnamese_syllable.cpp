#include "vietnamese_syllable.h"

#include <QStringList>
#include <algorithm>

namespace agrimap {

namespace {

const QString alphabet = QStringLiteral("aăâbcdđeêghiklmnoôơpqrstuưvxy");
const QString vowels = QStringLiteral("aăâeêioôơuưy");

// Longest first, so "ngh" is tried before "ng" and "n"; the empty onset is last.
const QStringList onsets = {
    QStringLiteral("ngh"), QStringLiteral("ng"), QStringLiteral("gh"), QStringLiteral("gi"),
    QStringLiteral("kh"),  QStringLiteral("nh"), QStringLiteral("ph"), QStringLiteral("qu"),
    QStringLiteral("th"),  QStringLiteral("tr"), QStringLiteral("ch"), QStringLiteral("b"),
    QStringLiteral("c"),   QStringLiteral("d"),  QStringLiteral("đ"),  QStringLiteral("g"),
    QStringLiteral("h"),   QStringLiteral("k"),  QStringLiteral("l"),  QStringLiteral("m"),
    QStringLiteral("n"),   QStringLiteral("p"),  QStringLiteral("r"),  QStringLiteral("s"),
    QStringLiteral("t"),   QStringLiteral("v"),  QStringLiteral("x"),  QString(),
};

const QStringList codas = {
    QStringLiteral("c"),  QStringLiteral("ch"), QStringLiteral("m"), QStringLiteral("n"),
    QStringLiteral("ng"), QStringLiteral("nh"), QStringLiteral("p"), QStringLiteral("t"),
};

// Vowel groups that end in a glide (i, y, o, u) close the syllable themselves.
const QStringList openVowelGroups = {
    QStringLiteral("ai"),  QStringLiteral("ao"),  QStringLiteral("au"),  QStringLiteral("ay"),
    QStringLiteral("âu"),  QStringLiteral("ây"),  QStringLiteral("eo"),  QStringLiteral("êu"),
    QStringLiteral("ia"),  QStringLiteral("iu"),  QStringLiteral("oi"),  QStringLiteral("ôi"),
    QStringLiteral("ơi"),  QStringLiteral("ua"),  QStringLiteral("ui"),  QStringLiteral("ưa"),
    QStringLiteral("ưi"),  QStringLiteral("ưu"),  QStringLiteral("uơ"),  QStringLiteral("iêu"),
    QStringLiteral("yêu"), QStringLiteral("oai"), QStringLiteral("oay"), QStringLiteral("oao"),
    QStringLiteral("oeo"), QStringLiteral("uây"), QStringLiteral("uôi"), QStringLiteral("ươi"),
    QStringLiteral("ươu"), QStringLiteral("uya"), QStringLiteral("uyu"),
};

// ă, â and the diphthongs iê, yê, uô, ươ need a final consonant.
const QStringList closedVowelGroups = {
    QStringLiteral("ă"),   QStringLiteral("â"),  QStringLiteral("iê"),
    QStringLiteral("yê"),  QStringLiteral("uô"), QStringLiteral("ươ"),
    QStringLiteral("uyê"), QStringLiteral("oă"), QStringLiteral("uâ"),
};

const QStringList eitherVowelGroups = {
    QStringLiteral("a"),  QStringLiteral("e"),  QStringLiteral("ê"),  QStringLiteral("i"),
    QStringLiteral("o"),  QStringLiteral("ô"),  QStringLiteral("ơ"),  QStringLiteral("u"),
    QStringLiteral("ư"),  QStringLiteral("y"),  QStringLiteral("oa"), QStringLiteral("oe"),
    QStringLiteral("uê"), QStringLiteral("uy"),
};

bool isRhyme(QStringView rhyme) {
    qsizetype vowelCount = 0;
    while (vowelCount < rhyme.size() && vowels.contains(rhyme[vowelCount]))
        ++vowelCount;
    const QString group = rhyme.first(vowelCount).toString();
    const QStringView coda = rhyme.sliced(vowelCount);
    if (coda.isEmpty())
        return openVowelGroups.contains(group) || eitherVowelGroups.contains(group);
    return codas.contains(coda) &&
           (closedVowelGroups.contains(group) || eitherVowelGroups.contains(group));
}

} // namespace

bool isVietnameseToneMark(QChar mark) {
    switch (mark.unicode()) {
    case 0x0300: // huyền
    case 0x0301: // sắc
    case 0x0303: // ngã
    case 0x0309: // hỏi
    case 0x0323: // nặng
        return true;
    default:
        return false;
    }
}

bool hasVietnameseTone(QChar letter) {
    const QString decomposed = QString(letter).normalized(QString::NormalizationForm_D);
    return std::any_of(decomposed.cbegin(), decomposed.cend(), isVietnameseToneMark);
}

bool isVietnameseSyllable(const QString& word) {
    // Tones come off as combining marks; the letters left are recomposed (ê, ơ, ư …).
    const QString decomposed = word.toLower().normalized(QString::NormalizationForm_D);
    QString letters;
    qsizetype tones = 0;
    for (const QChar c : decomposed) {
        if (isVietnameseToneMark(c))
            ++tones;
        else
            letters.append(c);
    }
    letters = letters.normalized(QString::NormalizationForm_C);
    if (tones > 1 || letters.isEmpty() ||
        !std::all_of(letters.cbegin(), letters.cend(),
                     [](QChar c) { return alphabet.contains(c); }))
        return false;
    // "gi" and "qu" may be an onset or a consonant and a vowel ("gì"), so every onset is tried.
    return std::any_of(onsets.cbegin(), onsets.cend(), [&](const QString& onset) {
        return letters.startsWith(onset) && letters.size() > onset.size() &&
               isRhyme(QStringView(letters).sliced(onset.size()));
    });
}

} // namespace agrimap
