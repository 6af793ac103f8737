#include "text_value_guard.h"

#include "personal_data.h"
#include "unicode_text.h"

#include <QCoreApplication>

namespace agrimap {

namespace {

// Bounds the memory of a field whose values are all distinct: forgetting costs only a
// second look at values seen before.
constexpr size_t rememberedValues = 16384;

} // namespace

TextValueGuard::TextValueGuard(QSet<QString> personNames)
    : m_names(std::move(personNames)) {}

QString TextValueGuard::check(std::string_view value, std::string* nfc) {
    if (const auto known = m_passed.find(value); known != m_passed.end()) {
        *nfc = known->second;
        return {};
    }
    const QString text = toNfc(QString::fromUtf8(value.data(), qsizetype(value.size())));
    QString found = personal_data::patternIn(text);
    if (found.isEmpty() && !m_names.isEmpty() && m_names.contains(personal_data::nameKey(text)))
        found = QCoreApplication::translate("agrimap::OpenDataExporter",
                                            "a name in the Farmer Directory");
    if (!found.isEmpty())
        return found;
    *nfc = text.toStdString();
    if (m_passed.size() >= rememberedValues)
        m_passed.clear();
    m_passed.emplace(value, *nfc);
    return {};
}

} // namespace agrimap
