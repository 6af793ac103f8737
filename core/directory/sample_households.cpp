#include "sample_households.h"

#include "directory_schema.h"
#include "editing/project_connection.h"
#include "editing/project_store.h"
#include "farmer_store.h"
#include "unicode_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <array>
#include <gdal_priv.h>
#include <map>
#include <ogrsf_frmts.h>

namespace agrimap {

namespace {

// Common names, combined at random: no row describes a real household.
constexpr std::array familyNames = {"Nguyễn", "Trần",   "Lê",   "Phạm", "Huỳnh", "Võ",
                                    "Phan",   "Trương", "Đặng", "Bùi",  "Đỗ",    "Hồ"};
constexpr std::array maleMiddleNames = {"Văn", "Hữu", "Minh", "Thanh", "Công"};
constexpr std::array femaleMiddleNames = {"Thị", "Ngọc", "Thanh", "Kim"};
constexpr std::array maleGivenNames = {"Hùng", "Đức", "Phúc", "Tâm",   "Lộc",   "Dũng",
                                       "Hải",  "Sơn", "Tài",  "Nghĩa", "Quang", "Toàn"};
constexpr std::array femaleGivenNames = {"Hường", "Lan", "Mai",   "Hạnh", "Thảo",
                                         "Nga",   "Yến", "Trang", "Diệu", "Xuân"};

template <size_t N> QString pick(QRandomGenerator& random, const std::array<const char*, N>& from) {
    return QString::fromUtf8(from[random.bounded(quint32(N))]);
}

struct SampleParcel {
    ParcelKey key;
    std::optional<double> areaM2;
};

/// The parcels whose inner point lies inside each growing area, by area id.
Result<std::map<qint64, std::vector<SampleParcel>>>
parcelsInAreas(const ProjectStore& project, const SampleParcelSource& source) {
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(source.path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    OGRLayer* layer =
        dataset ? dataset->GetLayerByName(source.layer.toUtf8().constData()) : nullptr;
    if (!layer)
        return Error{QCoreApplication::translate("agrimap::SampleHouseholds",
                                                 "Cannot read the parcels %1 of %2")
                         .arg(source.layer, source.path)};
    Result<std::vector<GrowingArea>> areas = project.areas();
    if (!areas)
        return areas.error();
    OGRSpatialReference projectCrs;
    projectCrs.SetFromUserInput(project.crs().definition().toUtf8().constData());
    projectCrs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    std::unique_ptr<OGRCoordinateTransformation> toParcels;
    if (layer->GetSpatialRef() && !layer->GetSpatialRef()->IsSame(&projectCrs))
        toParcels.reset(OGRCreateCoordinateTransformation(&projectCrs, layer->GetSpatialRef()));

    const auto field = [layer](const QString& name) {
        return name.isEmpty() ? -1
                              : layer->GetLayerDefn()->GetFieldIndex(name.toUtf8().constData());
    };
    const int commune = field(source.communeField);
    const int sheet = field(source.sheetField);
    const int number = field(source.parcelField);
    const int area = field(source.areaField);
    if (commune < 0 || sheet < 0 || number < 0)
        return Error{
            QCoreApplication::translate("agrimap::SampleHouseholds",
                                        "%1 has no commune, map sheet and parcel number fields")
                .arg(source.layer)};

    std::map<qint64, std::vector<SampleParcel>> found;
    for (const GrowingArea& growingArea : areas.value()) {
        OGRGeometry* boundary = nullptr;
        const QByteArray& wkb = growingArea.geometryWkb;
        if (OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &boundary, wkb.size()) !=
                OGRERR_NONE ||
            !boundary)
            continue;
        std::unique_ptr<OGRGeometry> owned(boundary);
        if (toParcels)
            boundary->transform(toParcels.get());
        layer->SetSpatialFilter(boundary);
        for (const auto& parcel : *layer) {
            OGRGeometry* shape = parcel->GetGeometryRef();
            std::unique_ptr<OGRGeometry> inner(
                shape ? OGRGeometry::FromHandle(OGR_G_PointOnSurface(OGRGeometry::ToHandle(shape)))
                      : nullptr);
            if (!inner || !inner->Within(boundary))
                continue;
            SampleParcel sample;
            sample.key = {fromSourceUtf8(parcel->GetFieldAsString(commune)),
                          fromSourceUtf8(parcel->GetFieldAsString(sheet)),
                          fromSourceUtf8(parcel->GetFieldAsString(number))};
            if (area >= 0 && parcel->IsFieldSetAndNotNull(area))
                sample.areaM2 = parcel->GetFieldAsDouble(area);
            found[growingArea.fid].push_back(sample);
        }
        layer->SetSpatialFilter(nullptr);
    }
    return found;
}

Status writeCooperatives(FarmerStore& store, const QHash<QString, std::pair<QString, int>>& rows) {
    OGRLayer* table =
        ProjectConnection(store.project()).dataset().GetLayerByName(directory_table::cooperatives);
    if (!table)
        return Error{QCoreApplication::translate("agrimap::SampleHouseholds",
                                                 "The project has no cooperatives table")};
    int serial = 0;
    QStringList names = rows.keys();
    names.sort();
    for (const QString& name : names) {
        OGRFeature row(table->GetLayerDefn());
        row.SetField("name", name.toUtf8().constData());
        row.SetField("commune", rows.value(name).first.toUtf8().constData());
        row.SetField("contact", QStringLiteral("Ban điều hành (mẫu) 0900 001 %1")
                                    .arg(++serial, 3, 10, QLatin1Char('0'))
                                    .toUtf8()
                                    .constData());
        row.SetField("members", rows.value(name).second);
        if (table->CreateFeature(&row) != OGRERR_NONE)
            return Error{QCoreApplication::translate("agrimap::SampleHouseholds",
                                                     "Cannot write the cooperative %1")
                             .arg(name)};
    }
    return {};
}

} // namespace

Result<SampleHouseholdsReport> addSampleHouseholds(FarmerStore& store,
                                                   const SampleParcelSource& parcels, int count,
                                                   quint32 seed) {
    Result<std::map<qint64, std::vector<SampleParcel>>> inAreas =
        parcelsInAreas(store.project(), parcels);
    if (!inAreas)
        return inAreas.error();
    std::vector<qint64> areaFids;
    for (const auto& [fid, list] : inAreas.value()) {
        if (!list.empty())
            areaFids.push_back(fid);
    }
    if (count < 2)
        return Error{QCoreApplication::translate("agrimap::SampleHouseholds",
                                                 "A sample needs at least two households")};
    if (areaFids.empty())
        return Error{QCoreApplication::translate(
            "agrimap::SampleHouseholds",
            "No cadastral parcel lies inside a growing area of the project")};

    QRandomGenerator random(seed);
    std::map<qint64, size_t> nextParcel;                  // parcels of each area already handed out
    QHash<QString, std::pair<QString, int>> cooperatives; // name → commune, members
    SampleHouseholdsReport report;
    const Status stored = store.project().runAsOne([&]() -> Status {
        FarmerRecord first;
        for (int i = 0; i < count; ++i) {
            const qint64 areaFid = areaFids[size_t(i) % areaFids.size()];
            const Result<GrowingArea> area = store.project().area(areaFid);
            if (!area)
                return Error{area.errorMessage()};
            const bool female = random.bounded(10) < 4;
            FarmerRecord farmer;
            farmer.householdId = QStringLiteral("HH-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
            farmer.fullName =
                pick(random, familyNames) + QLatin1Char(' ') +
                (female ? pick(random, femaleMiddleNames) : pick(random, maleMiddleNames)) +
                QLatin1Char(' ') +
                (female ? pick(random, femaleGivenNames) : pick(random, maleGivenNames));
            farmer.gender = female ? Gender::Female : Gender::Male;
            farmer.birthYear = 1955 + int(random.bounded(40));
            farmer.cccd = QStringLiteral("000%1%2%3")
                              .arg(female ? 1 : 0)
                              .arg(*farmer.birthYear % 100, 2, 10, QLatin1Char('0'))
                              .arg(i + 1, 6, 10, QLatin1Char('0'));
            farmer.phone = QStringLiteral("0900000%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            farmer.commune = area->text(area_field::commune);
            farmer.hamlet = QStringLiteral("Ấp %1").arg(1 + random.bounded(4));
            farmer.mainCrops = area->text(area_field::crop);
            farmer.cooperative =
                QStringLiteral("HTX %1 %2").arg(farmer.mainCrops, farmer.commune).simplified();
            farmer.memberSince =
                QDate(2015 + int(random.bounded(9)), 1 + int(random.bounded(12)), 1);
            if (i == 0) {
                first = farmer;
            } else if (i == count - 1) {
                // Entered twice, as lists merged from two communes are: no ID the second time.
                farmer.fullName = first.fullName;
                farmer.gender = first.gender;
                farmer.birthYear = first.birthYear;
                farmer.commune = first.commune;
                farmer.cccd.clear();
                farmer.notes = QStringLiteral("Bản ghi mẫu trùng lặp (để thử tìm trùng)");
            }
            Result<qint64> fid = store.insertFarmer(farmer);
            if (!fid)
                return Error{fid.errorMessage()};
            ++report.farmers;
            auto& members = cooperatives[farmer.cooperative];
            members.first = farmer.commune;
            ++members.second;

            const std::vector<SampleParcel>& list = inAreas->at(areaFid);
            const int wanted = 1 + int(random.bounded(3));
            for (int p = 0; p < wanted && nextParcel[areaFid] < list.size(); ++p) {
                const SampleParcel& parcel = list[nextParcel[areaFid]++];
                const Tenure tenure = random.bounded(5) == 0 ? Tenure::Tenant : Tenure::Owner;
                if (Result<qint64> link =
                        store.linkParcel({-1, fid.value(), parcel.key, parcel.areaM2, tenure});
                    !link)
                    return Error{link.errorMessage()};
                ++report.parcelLinks;
            }
            if (Result<qint64> link = store.linkArea({-1, fid.value(), areaFid}); !link)
                return Error{link.errorMessage()};
            ++report.areaLinks;
        }
        report.cooperatives = int(cooperatives.size());
        return writeCooperatives(store, cooperatives);
    });
    if (!stored)
        return Error{stored.errorMessage()};
    return report;
}

} // namespace agrimap
