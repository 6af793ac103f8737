#include "farmer_form_dialog.h"

#include "directory/farmer_columns.h"
#include "directory/farmer_store.h"
#include "directory/farmer_validation.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace agrimap {

namespace {

const QString refusedStyle = QStringLiteral("border: 1px solid #c62828;");
const QString refusedText = QStringLiteral("color: #c62828;");
const QString warningText = QStringLiteral("color: #8a6d00;");

} // namespace

FarmerFormDialog::FarmerFormDialog(const FarmerStore& store, FarmerRecord farmer,
                                   std::vector<AreaLinksEditor::AreaChoice> areas, Saver saver,
                                   QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_farmer(std::move(farmer))
    , m_saver(std::move(saver))
    , m_tabs(new QTabWidget(this))
    , m_parcels(new ParcelLinksEditor(this))
    , m_areas(new AreaLinksEditor(std::move(areas), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(QStringLiteral("farmerFormDialog"));
    const bool readOnly = !m_saver;
    setWindowTitle(m_farmer.fid < 0 ? tr("New household")
                                    : tr("Household: %1").arg(m_farmer.fullName));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    auto* page = new QWidget(m_tabs);
    m_form = new QFormLayout(page);
    addLine("household_id", tr("&Household ID"), m_farmer.householdId);
    addLine("full_name", tr("Head of household's &name"), m_farmer.fullName,
            tr("Full name, as on the citizen ID"));
    m_gender = new QComboBox(this);
    for (Gender gender : {Gender::Unspecified, Gender::Female, Gender::Male})
        m_gender->addItem(gender == Gender::Unspecified ? tr("(not given)")
                                                        : farmer_columns::genderText(gender),
                          int(gender));
    m_gender->setCurrentIndex(m_gender->findData(int(m_farmer.gender)));
    addRow("gender", tr("&Gender"), m_gender);
    addLine("birth_year", tr("&Birth year"),
            m_farmer.birthYear ? QString::number(*m_farmer.birthYear) : QString(), tr("e.g. 1975"));
    addLine("cccd", tr("&Citizen ID (CCCD)"), m_farmer.cccd, tr("12 digits"));
    addLine("phone", tr("&Phone"), m_farmer.phone, tr("0912 345 678 or +84 912 345 678"));
    addLine("commune", tr("Co&mmune"), m_farmer.commune);
    addLine("commune_old", tr("Commune (before &2025)"), m_farmer.communeOld);
    addLine("hamlet", tr("Ha&mlet (ấp)"), m_farmer.hamlet);
    m_cooperative = makeCooperativeBox();
    addRow("cooperative", tr("C&ooperative"), m_cooperative);
    addLine("member_since", tr("Member &since"), m_farmer.memberSince.toString(Qt::ISODate),
            QStringLiteral("YYYY-MM-DD"));
    addLine("main_crops", tr("Main c&rops"), m_farmer.mainCrops, tr("e.g. xoài, lúa"));
    m_notes = new QPlainTextEdit(m_farmer.notes, this);
    m_notes->setFixedHeight(56);
    addRow("notes", tr("No&tes"), m_notes);
    if (m_farmer.fid >= 0) {
        const QLocale locale;
        auto* tracking = new QLabel(
            tr("Created by %1 on %2; last changed by %3 on %4")
                .arg(m_farmer.createdBy,
                     locale.toString(m_farmer.createdAt.toLocalTime(), QLocale::ShortFormat),
                     m_farmer.modifiedBy,
                     locale.toString(m_farmer.modifiedAt.toLocalTime(), QLocale::ShortFormat)),
            this);
        tracking->setStyleSheet(QStringLiteral("color: gray;"));
        m_form->addRow(tracking);
    }
    m_tabs->addTab(page, tr("Household"));

    m_parcels->setDefaultCommune(m_farmer.commune);
    if (m_farmer.fid >= 0) {
        m_parcels->setLinks(store.parcelsOf(m_farmer.fid));
        m_areas->setLinks(store.areasOf(m_farmer.fid));
    }
    m_tabs->addTab(m_parcels, QString());
    m_tabs->addTab(m_areas, QString());

    m_summary->setObjectName(QStringLiteral("formSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FarmerFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gender, &QComboBox::currentIndexChanged, this, &FarmerFormDialog::check);
    connect(m_cooperative, &QComboBox::currentIndexChanged, this, &FarmerFormDialog::check);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &FarmerFormDialog::check);
    connect(m_parcels, &ParcelLinksEditor::changed, this, &FarmerFormDialog::check);
    connect(m_areas, &AreaLinksEditor::changed, this, &FarmerFormDialog::check);
    if (readOnly) {
        for (QWidget* widget : std::as_const(m_fields)) {
            if (auto* line = qobject_cast<QLineEdit*>(widget))
                line->setReadOnly(true);
            else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
                text->setReadOnly(true);
            else
                widget->setEnabled(false);
        }
        m_parcels->setReadOnly(true);
        m_areas->setReadOnly(true);
    }
    check();
    resize(560, sizeHint().height());
    field("full_name")->setFocus();
}

QLineEdit* FarmerFormDialog::addLine(const char* column, const QString& label, const QString& text,
                                     const QString& placeholder) {
    auto* edit = new QLineEdit(text, this);
    edit->setPlaceholderText(placeholder);
    addRow(column, label, edit);
    connect(edit, &QLineEdit::textChanged, this, &FarmerFormDialog::check);
    return edit;
}

// Each field with its message right under it, shown only when there is something to say.
void FarmerFormDialog::addRow(const char* column, const QString& label, QWidget* widget) {
    auto* holder = new QWidget(this);
    auto* rows = new QVBoxLayout(holder);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(1);
    widget->setObjectName(QLatin1String(column));
    rows->addWidget(widget);
    auto* message = new QLabel(holder);
    message->setObjectName(QLatin1String(column) + QStringLiteral("_message"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->hide();
    rows->addWidget(message);
    m_form->addRow(label, holder);
    if (auto* buddy = qobject_cast<QLabel*>(m_form->labelForField(holder)))
        buddy->setBuddy(widget);
    m_fields.insert(QLatin1String(column), widget);
    m_messages.insert(QLatin1String(column), message);
}

QComboBox* FarmerFormDialog::makeCooperativeBox() {
    auto* box = new QComboBox(this);
    box->addItem(tr("(none)"), QString());
    for (const Cooperative& cooperative : m_store.cooperatives())
        box->addItem(cooperative.commune.isEmpty() || cooperative.name.contains(cooperative.commune)
                         ? cooperative.name
                         : tr("%1 (%2)").arg(cooperative.name, cooperative.commune),
                     cooperative.name);
    // A name from before the list changed (or an import) stays as it is.
    if (!m_farmer.cooperative.isEmpty() && box->findData(m_farmer.cooperative) < 0)
        box->addItem(m_farmer.cooperative, m_farmer.cooperative);
    box->setCurrentIndex(std::max(0, box->findData(m_farmer.cooperative)));
    return box;
}

QPushButton* FarmerFormDialog::okButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FarmerFormDialog::setParcelChecker(ParcelLinksEditor::ParcelChecker checker) {
    m_parcels->setParcelChecker(std::move(checker));
    check();
}

FarmerRecord FarmerFormDialog::farmer() const {
    FarmerRecord farmer = m_farmer;
    const auto text = [this](const char* column) {
        return qobject_cast<QLineEdit*>(field(column))->text();
    };
    farmer.householdId = text("household_id");
    farmer.fullName = text("full_name");
    farmer.gender = Gender(m_gender->currentData().toInt());
    bool isYear = false;
    const int year = text("birth_year").trimmed().toInt(&isYear);
    farmer.birthYear = isYear ? std::optional<int>(year) : std::nullopt;
    farmer.cccd = text("cccd");
    farmer.phone = text("phone");
    farmer.commune = text("commune");
    farmer.communeOld = text("commune_old");
    farmer.hamlet = text("hamlet");
    farmer.cooperative = m_cooperative->currentData().toString();
    farmer.memberSince = QDate::fromString(text("member_since").trimmed(), Qt::ISODate);
    farmer.mainCrops = text("main_crops");
    farmer.notes = m_notes->toPlainText();
    return farmer;
}

void FarmerFormDialog::setMessage(const QString& column, const QString& text, bool refusing) {
    QLabel* message = m_messages.value(column);
    QWidget* widget = m_fields.value(column);
    if (!message || !widget)
        return;
    const QString joined =
        message->text().isEmpty() ? text : message->text() + QLatin1Char('\n') + text;
    message->setText(joined);
    message->setStyleSheet(refusing ? refusedText : warningText);
    message->show();
    if (refusing && !qobject_cast<QComboBox*>(widget))
        widget->setStyleSheet(refusedStyle);
}

void FarmerFormDialog::check() {
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        it.value()->clear();
        it.value()->hide();
        m_fields.value(it.key())->setStyleSheet(QString());
    }
    bool refused = false;
    const auto refuse = [&](const char* column, const QString& text) {
        setMessage(QLatin1String(column), text, true);
        refused = true;
    };
    // What does not parse is said here; the rest is the core's rules.
    const QString yearText = qobject_cast<QLineEdit*>(field("birth_year"))->text().trimmed();
    if (!yearText.isEmpty() && !farmer().birthYear)
        refuse("birth_year", tr("Birth year %1 is not a year: write four digits").arg(yearText));
    const QString dateText = qobject_cast<QLineEdit*>(field("member_since"))->text().trimmed();
    if (!dateText.isEmpty() && !farmer().memberSince.isValid())
        refuse("member_since", tr("%1 is not a date: write it as YYYY-MM-DD").arg(dateText));
    const FarmerRecord tidy = normalizedFarmer(farmer());
    for (const FarmerProblem& problem : farmerProblems(tidy))
        refuse(problem.field.toUtf8().constData(), problem.message);
    if (!tidy.cccd.isEmpty()) {
        if (const std::optional<qint64> holder = m_store.farmerWithCccd(tidy.cccd, tidy.fid)) {
            const Result<FarmerRecord> other = m_store.farmer(*holder);
            refuse("cccd", tr("Citizen ID %1 is already recorded for %2 (household %3)")
                               .arg(tidy.cccd, other ? other->fullName : QString(),
                                    other ? other->householdId : QString::number(*holder)));
        }
    }

    QStringList warnings;
    m_parcels->setDefaultCommune(tidy.commune); // a new parcel row starts in it
    const QStringList linkRefusals = m_parcels->check(warnings);
    refused = refused || !linkRefusals.isEmpty();
    m_tabs->setTabText(1, tr("Parcels (%1)").arg(m_parcels->links().size()));
    m_tabs->setTabText(2, tr("Growing areas (%1)").arg(m_areas->links().size()));
    QStringList lines = linkRefusals;
    lines += warnings;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setStyleSheet(linkRefusals.isEmpty() ? warningText : refusedText);
    if (QPushButton* ok = okButton())
        ok->setEnabled(!refused);
}

void FarmerFormDialog::accept() {
    if (!m_saver) {
        QDialog::accept();
        return;
    }
    const Result<qint64> saved = m_saver(farmer(), m_parcels->links(), m_areas->links());
    if (!saved) {
        m_summary->setStyleSheet(refusedText);
        m_summary->setText(saved.errorMessage());
        return; // nothing typed is lost: the form stays open
    }
    m_savedFid = saved.value();
    QDialog::accept();
}

} // namespace agrimap
