#pragma once

#include <QMetaType>
#include <QString>

namespace agrimap {

/// A coordinate reference system, as a value. It keeps the identifier PROJ understands
/// (an authority code such as "EPSG:5897" when one is known, otherwise WKT) and the facts
/// the map needs (name, geographic or projected, metres per unit).
class Crs {
public:
    Crs() = default;

    /// "EPSG:5897", "epsg:9210", "5897", a WKT string or a PROJ string.
    static Crs fromUserInput(const QString& text);
    static Crs fromEpsg(int code) { return fromUserInput(QStringLiteral("EPSG:%1").arg(code)); }

    bool isValid() const { return !m_definition.isEmpty(); }
    /// Authority code such as "EPSG:5897", or empty when the CRS has none.
    QString authId() const { return m_authId; }
    QString name() const { return m_name; }
    /// "EPSG:5897 — VN-2000 / TM-3 zone 482" for lists and status bars.
    QString displayName() const;
    /// What PROJ is given to build a transformation.
    QString definition() const { return m_definition; }
    bool isGeographic() const { return m_geographic; }
    /// Length of one coordinate unit in metres (at the equator for degrees).
    double metresPerUnit() const { return m_metresPerUnit; }

    bool operator==(const Crs& other) const { return m_definition == other.m_definition; }
    bool operator!=(const Crs& other) const { return !(*this == other); }

private:
    QString m_definition;
    QString m_authId;
    QString m_name;
    bool m_geographic = false;
    double m_metresPerUnit = 1.0;
};

} // namespace agrimap

Q_DECLARE_METATYPE(agrimap::Crs)
