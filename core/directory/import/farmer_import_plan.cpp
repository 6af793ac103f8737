#include "farmer_import_plan.h"

#include "directory/farmer_store.h"
#include "directory/farmer_validation.h"
#include "directory/vietnamese_search_key.h"
#include "farmer_import_row.h"
#include "import_table.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace agrimap {

namespace {

QString importAction() {
    return QStringLiteral("import");
}

// The farmer's own fields an import row can give (the parcel's are not the farmer's).
constexpr ImportField farmerFields[] = {
    ImportField::HouseholdId, ImportField::FullName,    ImportField::Gender,
    ImportField::BirthYear,   ImportField::Cccd,        ImportField::Phone,
    ImportField::Commune,     ImportField::CommuneOld,  ImportField::Hamlet,
    ImportField::Cooperative, ImportField::MemberSince, ImportField::MainCrops,
    ImportField::Notes,
};

QString genderText(Gender gender) {
    switch (gender) {
    case Gender::Male:
        return QCoreApplication::translate("agrimap::FarmerImportPlan", "male");
    case Gender::Female:
        return QCoreApplication::translate("agrimap::FarmerImportPlan", "female");
    case Gender::Unspecified:
        break;
    }
    return {};
}

QString valueText(const FarmerRecord& farmer, ImportField field) {
    switch (field) {
    case ImportField::HouseholdId:
        return farmer.householdId;
    case ImportField::FullName:
        return farmer.fullName;
    case ImportField::Gender:
        return genderText(farmer.gender);
    case ImportField::BirthYear:
        return farmer.birthYear ? QString::number(*farmer.birthYear) : QString();
    case ImportField::Cccd:
        return farmer.cccd;
    case ImportField::Phone:
        return farmer.phone;
    case ImportField::Commune:
        return farmer.commune;
    case ImportField::CommuneOld:
        return farmer.communeOld;
    case ImportField::Hamlet:
        return farmer.hamlet;
    case ImportField::Cooperative:
        return farmer.cooperative;
    case ImportField::MemberSince:
        return farmer.memberSince.toString(Qt::ISODate);
    case ImportField::MainCrops:
        return farmer.mainCrops;
    case ImportField::Notes:
        return farmer.notes;
    default:
        break;
    }
    return {};
}

void copyField(const FarmerRecord& from, FarmerRecord& to, ImportField field) {
    switch (field) {
    case ImportField::HouseholdId:
        to.householdId = from.householdId;
        break;
    case ImportField::FullName:
        to.fullName = from.fullName;
        break;
    case ImportField::Gender:
        to.gender = from.gender;
        break;
    case ImportField::BirthYear:
        to.birthYear = from.birthYear;
        break;
    case ImportField::Cccd:
        to.cccd = from.cccd;
        break;
    case ImportField::Phone:
        to.phone = from.phone;
        break;
    case ImportField::Commune:
        to.commune = from.commune;
        break;
    case ImportField::CommuneOld:
        to.communeOld = from.communeOld;
        break;
    case ImportField::Hamlet:
        to.hamlet = from.hamlet;
        break;
    case ImportField::Cooperative:
        to.cooperative = from.cooperative;
        break;
    case ImportField::MemberSince:
        to.memberSince = from.memberSince;
        break;
    case ImportField::MainCrops:
        to.mainCrops = from.mainCrops;
        break;
    case ImportField::Notes:
        to.notes = from.notes;
        break;
    default:
        break;
    }
}

/// Two rows of one household agree on a field when they read the same regardless of marks
/// and case ("NGUYEN VAN A" and "Nguyễn Văn A"); codes (ID, phone) must be equal.
bool agree(const QString& a, const QString& b, ImportField field) {
    if (field == ImportField::Cccd || field == ImportField::Phone ||
        field == ImportField::HouseholdId)
        return a == b;
    return a == b || vietnameseSearchKey(a) == vietnameseSearchKey(b);
}

QString parcelKeyText(const ParcelKey& key) {
    return key.commune + QLatin1Char('\x1f') + key.sheet + QLatin1Char('\x1f') + key.parcel;
}

QString parcelName(const ParcelKey& key) {
    return QCoreApplication::translate("agrimap::FarmerImportPlan", "parcel %1 of sheet %2 in %3")
        .arg(key.parcel, key.sheet, key.commune);
}

/// A household as the file builds it up: a new farmer or one of the directory.
struct Household {
    int firstRow = 0; ///< row number of its first row
    bool existing = false;
    FarmerRecord before; ///< as stored, for an existing one
    FarmerRecord current;
    QSet<QString> parcels; ///< parcelKeyText of its links, stored and new
    std::vector<FarmerParcel> newParcels;
};

class Planner {
public:
    Planner(const ImportTable& table, const ImportMapping& mapping,
            std::optional<LegacyEncoding> legacy, const FarmerStore& store, const QDate& today)
        : m_table(table)
        , m_mapping(mapping)
        , m_legacy(legacy)
        , m_store(store)
        , m_today(today) {}

    Result<FarmerImportPlan> run(const std::atomic_bool* cancel,
                                 const std::function<void(int)>& progress) {
        readDirectory();
        m_nextFid = m_store.firstFreeFarmerId();
        const qsizetype rows = m_table.rowCount();
        m_plan.report.rows = rows;
        m_plan.report.emptyRows = m_table.emptyRowCount();
        for (qsizetype row = 0; row < rows; ++row) {
            if ((row & 0x3FF) == 0) {
                if (cancel && cancel->load())
                    return Error{
                        QCoreApplication::translate("agrimap::FarmerImportPlan", "Cancelled")};
                if (progress)
                    progress(int(100 * row / std::max<qsizetype>(1, rows)));
            }
            if (const std::optional<QString> reason = take(row))
                m_plan.report.rejected.push_back({row, m_table.rowNumber(row), *reason});
        }
        emitChanges();
        if (progress)
            progress(100);
        return std::move(m_plan);
    }

private:
    void readDirectory() {
        for (const FarmerStore::Keys& keys : m_store.farmerKeys()) {
            if (!keys.cccd.isEmpty())
                m_storedByCccd.insert(keys.cccd, keys.fid);
            if (!keys.householdId.isEmpty())
                m_storedByHousehold.insert(keys.householdId.trimmed(), keys.fid);
        }
        if (m_storedByCccd.isEmpty() && m_storedByHousehold.isEmpty())
            return;
        // The farmers the file names: read in one scan when many, one by one when few.
        QSet<qint64> matched;
        const int cccdColumn = m_mapping.columnOf(ImportField::Cccd);
        const int householdColumn = m_mapping.columnOf(ImportField::HouseholdId);
        for (qsizetype row = 0; row < m_table.rowCount(); ++row) {
            if (cccdColumn >= 0) {
                FarmerRecord probe;
                probe.cccd = m_table.text(row, cccdColumn, m_legacy);
                const QString cccd = normalizedFarmer(probe).cccd;
                if (const auto found = m_storedByCccd.constFind(cccd);
                    found != m_storedByCccd.cend())
                    matched.insert(found.value());
                else if (cccd.size() == 11) {
                    probe.cccd = QLatin1Char('0') + cccd; // as the row reader restores it
                    if (m_storedByCccd.contains(probe.cccd))
                        matched.insert(m_storedByCccd.value(probe.cccd));
                }
            }
            if (householdColumn >= 0) {
                const QString household = m_table.text(row, householdColumn, m_legacy);
                if (const auto found = m_storedByHousehold.constFind(household);
                    found != m_storedByHousehold.cend())
                    matched.insert(found.value());
            }
        }
        constexpr qsizetype oneByOneLimit = 500;
        if (matched.size() > oneByOneLimit) {
            if (Result<std::vector<FarmerRecord>> all = m_store.farmers()) {
                for (FarmerRecord& farmer : all.value()) {
                    if (matched.contains(farmer.fid))
                        m_storedRecords.insert(farmer.fid, std::move(farmer));
                }
            }
            for (const FarmerParcel& link : m_store.parcelLinks()) {
                if (matched.contains(link.farmerFid))
                    m_storedParcels[link.farmerFid].insert(parcelKeyText(link.parcel));
            }
            return;
        }
        for (const qint64 fid : matched) {
            if (Result<FarmerRecord> farmer = m_store.farmer(fid))
                m_storedRecords.insert(fid, std::move(farmer).value());
            for (const FarmerParcel& link : m_store.parcelsOf(fid))
                m_storedParcels[fid].insert(parcelKeyText(link.parcel));
        }
    }

    QString storedName(qint64 fid) const {
        const auto found = m_storedRecords.constFind(fid);
        if (found != m_storedRecords.cend())
            return found->fullName;
        const Result<FarmerRecord> farmer = m_store.farmer(fid);
        return farmer ? farmer->fullName : QString();
    }

    /// The problems of `farmer` as household `self` of the file: its own rules, then a citizen
    /// ID that another farmer (stored, or another household of the file) has.
    std::optional<QString> problemsOf(const FarmerRecord& farmer, qint64 self,
                                      std::optional<size_t> selfHousehold) const {
        QStringList messages;
        for (const FarmerProblem& problem : farmerProblems(farmer, m_today))
            messages << problem.message;
        if (!farmer.cccd.isEmpty()) {
            const auto stored = m_storedByCccd.constFind(farmer.cccd);
            if (stored != m_storedByCccd.cend() && stored.value() != self)
                messages << QCoreApplication::translate(
                                "agrimap::FarmerImportPlan",
                                "Citizen ID (CCCD) %1 is already recorded for %2 (farmer %3)")
                                .arg(farmer.cccd, storedName(stored.value()))
                                .arg(stored.value());
            const auto inFile = m_fileByCccd.constFind(farmer.cccd);
            if (inFile != m_fileByCccd.cend() &&
                (!selfHousehold || inFile.value() != *selfHousehold))
                messages << QCoreApplication::translate(
                                "agrimap::FarmerImportPlan",
                                "Citizen ID (CCCD) %1 is given to %2 in row %3 too")
                                .arg(farmer.cccd, m_households[inFile.value()].current.fullName)
                                .arg(m_households[inFile.value()].firstRow);
        }
        if (messages.isEmpty())
            return std::nullopt;
        return messages.join(QStringLiteral("; "));
    }

    void index(size_t household) {
        const FarmerRecord& farmer = m_households[household].current;
        if (!farmer.cccd.isEmpty())
            m_fileByCccd.insert(farmer.cccd, household);
        if (!farmer.householdId.isEmpty())
            m_fileByHousehold.insert(farmer.householdId, household);
    }

    /// The row's parcel with its commune: its own, or the household's, old before new, as old
    /// cadastral data is keyed (DOMAIN.md). The reason when there is none.
    static std::optional<QString> completeParcel(std::optional<FarmerParcel>& parcel,
                                                 const FarmerRecord& farmer) {
        if (!parcel || !parcel->parcel.commune.isEmpty())
            return std::nullopt;
        parcel->parcel.commune = !farmer.communeOld.isEmpty() ? farmer.communeOld : farmer.commune;
        if (!parcel->parcel.commune.isEmpty())
            return std::nullopt;
        return QCoreApplication::translate(
                   "agrimap::FarmerImportPlan",
                   "Parcel %1 of sheet %2 needs its commune: map a column to %3 or %4")
            .arg(parcel->parcel.parcel, parcel->parcel.sheet,
                 importFieldName(ImportField::ParcelCommune),
                 importFieldName(ImportField::Commune));
    }

    /// Adds the row's parcel to the household; false when the household has it already.
    bool addParcel(Household& household, const std::optional<FarmerParcel>& parcel) {
        if (!parcel)
            return false;
        const QString key = parcelKeyText(parcel->parcel);
        if (household.parcels.contains(key))
            return false;
        household.parcels.insert(key);
        household.newParcels.push_back(*parcel);
        ++m_plan.report.parcelsLinked;
        return true;
    }

    /// Takes one row into the plan; the reason when it is rejected.
    std::optional<QString> take(qsizetype row) {
        Result<FarmerImportRow> read = readFarmerImportRow(m_table, row, m_mapping, m_legacy);
        if (!read)
            return read.errorMessage();
        FarmerImportRow& values = read.value();
        const FarmerRecord given = normalizedFarmer(values.farmer);
        if (given.fullName.isEmpty() && !values.gives(ImportField::Cccd) &&
            !values.gives(ImportField::HouseholdId))
            return QCoreApplication::translate(
                "agrimap::FarmerImportPlan",
                "No name, citizen ID or household id: the row names no household");

        // The same household in an earlier row of the file?
        std::optional<size_t> earlier;
        if (!given.cccd.isEmpty() && m_fileByCccd.contains(given.cccd))
            earlier = m_fileByCccd.value(given.cccd);
        if (!given.householdId.isEmpty() && m_fileByHousehold.contains(given.householdId)) {
            const size_t byHousehold = m_fileByHousehold.value(given.householdId);
            if (earlier && *earlier != byHousehold)
                return QCoreApplication::translate(
                           "agrimap::FarmerImportPlan",
                           "Its citizen ID %1 is the household of row %2, its household id %3 "
                           "that of row %4")
                    .arg(given.cccd)
                    .arg(m_households[*earlier].firstRow)
                    .arg(given.householdId)
                    .arg(m_households[byHousehold].firstRow);
            earlier = byHousehold;
        }
        if (earlier)
            return takeRepeat(*earlier, values, given);

        // A farmer of the directory?
        const auto byCccd =
            given.cccd.isEmpty() ? m_storedByCccd.cend() : m_storedByCccd.constFind(given.cccd);
        const auto byHousehold = given.householdId.isEmpty()
                                     ? m_storedByHousehold.cend()
                                     : m_storedByHousehold.constFind(given.householdId);
        if (byCccd != m_storedByCccd.cend() && byHousehold != m_storedByHousehold.cend() &&
            byCccd.value() != byHousehold.value())
            return QCoreApplication::translate(
                       "agrimap::FarmerImportPlan",
                       "Its citizen ID %1 is %2 (farmer %3) but its household id %4 is %5 "
                       "(farmer %6)")
                .arg(given.cccd, storedName(byCccd.value()))
                .arg(byCccd.value())
                .arg(given.householdId, storedName(byHousehold.value()))
                .arg(byHousehold.value());
        // A citizen ID names one person: a row giving another name has a wrong ID (or a wrong
        // name), and must not rename the farmer recorded with it.
        if (byCccd != m_storedByCccd.cend() && !given.fullName.isEmpty() &&
            vietnameseSearchKey(given.fullName) != vietnameseSearchKey(storedName(byCccd.value())))
            return QCoreApplication::translate(
                       "agrimap::FarmerImportPlan",
                       "Citizen ID (CCCD) %1 is recorded for %2 (farmer %3), not for %4: check the "
                       "ID or the name")
                .arg(given.cccd, storedName(byCccd.value()))
                .arg(byCccd.value())
                .arg(given.fullName);
        const qint64 storedFid = byCccd != m_storedByCccd.cend()             ? byCccd.value()
                                 : byHousehold != m_storedByHousehold.cend() ? byHousehold.value()
                                                                             : qint64(-1);
        Household household;
        household.firstRow = m_table.rowNumber(row);
        if (storedFid >= 0) {
            if (!m_storedRecords.contains(storedFid)) { // matched only once read (e.g. "12.0")
                Result<FarmerRecord> farmer = m_store.farmer(storedFid);
                if (!farmer)
                    return farmer.errorMessage();
                m_storedRecords.insert(storedFid, std::move(farmer).value());
                for (const FarmerParcel& link : m_store.parcelsOf(storedFid))
                    m_storedParcels[storedFid].insert(parcelKeyText(link.parcel));
            }
            household.existing = true;
            household.before = m_storedRecords.value(storedFid);
            household.current = household.before;
            for (ImportField field : farmerFields) {
                if (values.gives(field))
                    copyField(given, household.current, field);
            }
            household.current = normalizedFarmer(household.current);
            household.parcels = m_storedParcels.value(storedFid);
        } else {
            if (given.fullName.isEmpty())
                return QCoreApplication::translate(
                    "agrimap::FarmerImportPlan",
                    "A new household needs a name (its citizen ID and household id match "
                    "no farmer of the directory)");
            household.current = given;
            household.current.fid = m_nextFid;
        }
        if (const std::optional<QString> problems =
                problemsOf(household.current, household.current.fid, std::nullopt))
            return problems;
        if (const std::optional<QString> problem = completeParcel(values.parcel, household.current))
            return problem;
        if (!household.existing)
            ++m_nextFid;
        const bool changed = household.existing && !sameFarmer(household.before, household.current);
        const bool linked = addParcel(household, values.parcel);
        m_households.push_back(std::move(household));
        index(m_households.size() - 1);
        m_plan.report.repairedCells += values.repairedCells;
        if (!m_households.back().existing)
            ++m_plan.report.imported;
        else if (changed || linked)
            ++m_plan.report.updated;
        else
            ++m_plan.report.unchanged;
        return std::nullopt;
    }

    /// A later row of a household the file named before: a parcel more, or fields the first
    /// row left empty; never a different value.
    std::optional<QString> takeRepeat(size_t index, FarmerImportRow& values,
                                      const FarmerRecord& given) {
        Household& household = m_households[index];
        FarmerRecord merged = household.current;
        bool filled = false;
        for (ImportField field : farmerFields) {
            if (!values.gives(field))
                continue;
            const QString mine = valueText(given, field);
            const QString theirs = valueText(household.current, field);
            if (theirs.isEmpty()) {
                copyField(given, merged, field);
                filled = true;
            } else if (!agree(mine, theirs, field)) {
                return QCoreApplication::translate(
                           "agrimap::FarmerImportPlan",
                           "It is the household of row %1 but gives another %2: \"%3\" here, "
                           "\"%4\" there")
                    .arg(household.firstRow)
                    .arg(importFieldName(field), mine, theirs);
            }
        }
        if (filled) {
            merged = normalizedFarmer(merged);
            if (const std::optional<QString> problems = problemsOf(merged, merged.fid, index))
                return problems;
        }
        if (const std::optional<QString> problem = completeParcel(values.parcel, merged))
            return problem;
        const bool newParcel =
            values.parcel && !household.parcels.contains(parcelKeyText(values.parcel->parcel));
        if (!filled && !newParcel) {
            if (values.parcel)
                return QCoreApplication::translate("agrimap::FarmerImportPlan",
                                                   "It repeats %1 of the household of row %2")
                    .arg(parcelName(values.parcel->parcel))
                    .arg(household.firstRow);
            return QCoreApplication::translate(
                       "agrimap::FarmerImportPlan",
                       "It repeats the household of row %1 and adds nothing")
                .arg(household.firstRow);
        }
        if (filled) {
            household.current = merged;
            this->index(index);
        }
        addParcel(household, values.parcel);
        m_plan.report.repairedCells += values.repairedCells;
        if (household.existing)
            ++m_plan.report.updated;
        else
            ++m_plan.report.imported;
        return std::nullopt;
    }

    /// The same farmer apart from who wrote it when.
    static bool sameFarmer(FarmerRecord a, const FarmerRecord& b) {
        a.createdBy = b.createdBy;
        a.createdAt = b.createdAt;
        a.modifiedBy = b.modifiedBy;
        a.modifiedAt = b.modifiedAt;
        return a == b;
    }

    void emitChanges() {
        std::vector<DirectoryChange>& changes = m_plan.changes;
        for (const Household& household : m_households) {
            if (!household.existing) {
                changes.push_back(DirectoryChange::insert(household.current, importAction()));
                ++m_plan.report.householdsAdded;
            } else if (!sameFarmer(household.before, household.current)) {
                changes.push_back(
                    DirectoryChange::update(household.before, household.current, importAction()));
                ++m_plan.report.householdsUpdated;
            } else if (!household.newParcels.empty()) {
                ++m_plan.report.householdsUpdated;
            }
            for (FarmerParcel parcel : household.newParcels) {
                parcel.fid = -1;
                parcel.farmerFid = household.current.fid;
                changes.push_back(DirectoryChange::insert(parcel, importAction()));
            }
        }
    }

    const ImportTable& m_table;
    const ImportMapping& m_mapping;
    std::optional<LegacyEncoding> m_legacy;
    const FarmerStore& m_store;
    QDate m_today;

    QHash<QString, qint64> m_storedByCccd;
    QHash<QString, qint64> m_storedByHousehold;
    QHash<qint64, FarmerRecord> m_storedRecords;
    QHash<qint64, QSet<QString>> m_storedParcels;
    std::vector<Household> m_households;
    QHash<QString, size_t> m_fileByCccd;
    QHash<QString, size_t> m_fileByHousehold;
    qint64 m_nextFid = 1;
    FarmerImportPlan m_plan;
};

} // namespace

Result<FarmerImportPlan> planFarmerImport(const ImportTable& table, const ImportMapping& mapping,
                                          std::optional<LegacyEncoding> legacy,
                                          const FarmerStore& store, const QDate& today,
                                          const std::atomic_bool* cancel,
                                          const std::function<void(int)>& progress) {
    if (Status usable = checkImportMapping(mapping); !usable)
        return Error{usable.errorMessage()};
    return Planner(table, mapping, legacy, store, today).run(cancel, progress);
}

} // namespace agrimap
