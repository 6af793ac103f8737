#pragma once

#include <QSet>
#include <QString>
#include <string>
#include <string_view>
#include <unordered_map>

namespace agrimap {

/// The last guard of an open-data export on text values: refuses a value that looks like a
/// citizen id or a phone number, or equals a name in the Farmer Directory, and gives the
/// others in NFC. Published fields hold few distinct values (land-use codes, communes), so
/// values that passed are remembered and pass again without a second look.
class TextValueGuard {
public:
    /// `personNames` as personal_data::nameKey gives them.
    explicit TextValueGuard(QSet<QString> personNames);

    /// Why the UTF-8 `value` cannot be published, or empty with `nfc` set to what to write.
    QString check(std::string_view value, std::string* nfc);

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view text) const {
            return std::hash<std::string_view>{}(text);
        }
    };

    QSet<QString> m_names;
    std::unordered_map<std::string, std::string, Hash, std::equal_to<>> m_passed;
};

} // namespace agrimap
