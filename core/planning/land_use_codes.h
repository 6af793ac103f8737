#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace agrimap::planning {

/// The agricultural land-use codes of DOMAIN.md (Circular 27/2018, Circular 08/2024): rice
/// (LUA, LUC, LUK, LUN), annual crops (HNK and its older BHK, NHK), perennial crops (CLN),
/// forests (RSX, RPH, RDD), aquaculture (NTS), other agricultural land (NKH) and
/// concentrated livestock (CNT). A default: the project keeps its own, editable list.
QStringList defaultAgriculturalCodes();

/// A code as compared: trimmed and upper-case ("luc " → "LUC").
QString normalizedCode(const QString& code);
/// The codes of a mixed code ("LUC+ONT" → LUC, ONT); one entry for a plain code, none for
/// an empty one.
QStringList codeParts(const QString& code);

/// The codes a check treats as agricultural land, normalised once.
class AgriculturalCodes {
public:
    explicit AgriculturalCodes(const QStringList& codes = defaultAgriculturalCodes());

    /// True when every part of the code is agricultural: land coded "LUC+ONT" is partly
    /// residential, and an empty or unknown code is not known to be farmland.
    bool isAgricultural(const QString& code) const;
    QStringList codes() const;

private:
    QSet<QString> m_codes;
};

/// True when a recorded code and a planned code name the same use: equal codes, codes of
/// one group (rice land LUA with LUC, LUK, LUN; annual crops HNK with BHK, NHK), or a mixed
/// recorded code one of whose parts agrees.
bool landUseCodesAgree(const QString& recorded, const QString& planned);

} // namespace agrimap::planning
