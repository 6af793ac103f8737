#include "category_palette.h"

#include "unicode_text.h"

#include <QFile>
#include <QRegularExpression>

namespace agrimap {

namespace {

QString normalisedCode(const QString& code) {
    return toNfc(code.trimmed()).toUpper();
}

Result<int> parseChannel(const QString& text, const QString& where) {
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > 255)
        return Error{
            QStringLiteral("%1: colour value '%2' is not a number from 0 to 255").arg(where, text)};
    return value;
}

} // namespace

Result<CategoryPalette> CategoryPalette::fromCsv(const QByteArray& csv, const QString& sourceName) {
    CategoryPalette palette;
    const QStringList lines = QString::fromUtf8(csv).split(QLatin1Char('\n'));
    int lineNumber = 0;
    for (const QString& rawLine : lines) {
        ++lineNumber;
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.value(0).trimmed().compare(QLatin1String("code"), Qt::CaseInsensitive) == 0)
            continue; // header
        const QString where = QStringLiteral("%1, line %2").arg(sourceName).arg(lineNumber);
        if (cells.size() < 4)
            return Error{where + QStringLiteral(": expected code,red,green,blue,name_vi,name_en")};
        const Result<int> red = parseChannel(cells[1], where);
        const Result<int> green = parseChannel(cells[2], where);
        const Result<int> blue = parseChannel(cells[3], where);
        for (const Result<int>* channel : {&red, &green, &blue}) {
            if (!channel->ok())
                return channel->error();
        }
        const QString code = normalisedCode(cells[0]);
        if (code.compare(QLatin1String("*")) == 0) {
            palette.m_neutral = QColor(red.value(), green.value(), blue.value());
            continue;
        }
        if (palette.m_indexByCode.contains(code))
            return Error{where + QStringLiteral(": code %1 is listed twice").arg(code)};
        palette.m_indexByCode.insert(code, int(palette.m_categories.size()));
        palette.m_categories.push_back({code, QColor(red.value(), green.value(), blue.value()),
                                        toNfc(cells.value(4).trimmed()), cells.value(5).trimmed()});
    }
    if (palette.m_categories.empty())
        return Error{sourceName + QStringLiteral(": the style file lists no codes")};
    return palette;
}

Result<CategoryPalette> CategoryPalette::fromFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: %2").arg(path, file.errorString())};
    return fromCsv(file.readAll(), path);
}

int CategoryPalette::indexOf(const QString& code) const {
    const QString key = normalisedCode(code);
    if (key.isEmpty())
        return -1;
    const auto exact = m_indexByCode.constFind(key);
    if (exact != m_indexByCode.constEnd())
        return exact.value();
    // Mixed codes like "LUC+ONT" or "LUC,ONT" take their first known part.
    static const QRegularExpression separators(QStringLiteral("[+,;/ ]+"));
    const QStringList parts = key.split(separators, Qt::SkipEmptyParts);
    if (parts.size() > 1) {
        for (const QString& part : parts) {
            const auto found = m_indexByCode.constFind(part);
            if (found != m_indexByCode.constEnd())
                return found.value();
        }
    }
    return -1;
}

QColor CategoryPalette::colourOf(const QString& code) const {
    const int index = indexOf(code);
    return index < 0 ? m_neutral : m_categories[size_t(index)].colour;
}

} // namespace agrimap
