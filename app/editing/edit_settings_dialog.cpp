#include "edit_settings_dialog.h"

#include "edit_controller.h"
#include "editing/project_store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace agrimap {

namespace {

QPlainTextEdit* listEdit(const QStringList& values, QWidget* parent) {
    auto* edit = new QPlainTextEdit(values.join(QLatin1Char('\n')), parent);
    edit->setFixedHeight(72);
    return edit;
}

QStringList linesOf(const QPlainTextEdit* edit) {
    QStringList lines;
    for (const QString& line : edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !lines.contains(line.trimmed()))
            lines << line.trimmed();
    }
    return lines;
}

} // namespace

EditSettingsDialog::EditSettingsDialog(EditController* edits, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_settings(edits->store()->settings()) {
    setObjectName(QStringLiteral("editSettingsDialog"));
    setWindowTitle(tr("Editing rules of the project"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    layout->addLayout(form);
    ProjectStore* store = edits->store();

    m_policy = new QComboBox(this);
    m_policy->addItem(tr("Forbid: refuse an area that overlaps an active one"));
    m_policy->addItem(tr("Clip: cut a new area back to its neighbours"));
    m_policy->setCurrentIndex(m_settings.overlapPolicy == OverlapPolicy::Clip ? 1 : 0);
    form->addRow(tr("&Overlaps"), m_policy);
    m_pattern = new QLineEdit(m_settings.codePattern, this);
    m_pattern->setToolTip(
        tr("A regular expression; examples of codes: VN-BTOR-0008, VN-TGOR-0180"));
    form->addRow(tr("Production area code &pattern"), m_pattern);
    m_overlapTolerance = new QDoubleSpinBox(this);
    m_overlapTolerance->setRange(0, 10000);
    m_overlapTolerance->setSuffix(QStringLiteral(" m²"));
    m_overlapTolerance->setValue(m_settings.overlapToleranceM2);
    form->addRow(tr("Overlap &tolerance"), m_overlapTolerance);
    m_communeTolerance = new QDoubleSpinBox(this);
    m_communeTolerance->setRange(0, 1000);
    m_communeTolerance->setSuffix(QStringLiteral(" m"));
    m_communeTolerance->setValue(m_settings.communeToleranceM);
    form->addRow(tr("Commune boundary tolerance"), m_communeTolerance);
    QStringList minimum;
    for (auto it = m_settings.minimumAreaHaByCrop.cbegin();
         it != m_settings.minimumAreaHaByCrop.cend(); ++it)
        minimum << QStringLiteral("%1 = %2").arg(it.key()).arg(it.value());
    minimum.sort();
    m_minimumAreas = listEdit(minimum, this);
    m_minimumAreas->setPlaceholderText(tr("one crop per line, e.g. xoài = 10"));
    form->addRow(tr("Minimum area per crop (ha)"), m_minimumAreas);
    m_communeSource = new QLineEdit(m_settings.communeSource, this);
    m_communeLayer = new QLineEdit(m_settings.communeLayer, this);
    m_communeField = new QLineEdit(m_settings.communeNameField, this);
    form->addRow(tr("Communes file (relative to the project)"), m_communeSource);
    form->addRow(tr("Communes layer"), m_communeLayer);
    form->addRow(tr("Commune name field"), m_communeField);
    m_crops = listEdit(store->pickList(QStringLiteral("crop")), this);
    m_crops->setObjectName(QStringLiteral("cropList"));
    m_certifications = listEdit(store->pickList(QStringLiteral("certification")), this);
    m_statuses = listEdit(store->pickList(QStringLiteral("status")), this);
    m_statuses->setReadOnly(true); // the rules know these four values
    form->addRow(tr("&Crops"), m_crops);
    form->addRow(tr("C&ertifications"), m_certifications);
    form->addRow(tr("Statuses"), m_statuses);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EditSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void EditSettingsDialog::accept() {
    if (!QRegularExpression(m_pattern->text()).isValid()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The code pattern is not a valid regular expression."));
        return;
    }
    EditSettings settings = m_settings;
    settings.overlapPolicy =
        m_policy->currentIndex() == 1 ? OverlapPolicy::Clip : OverlapPolicy::Forbid;
    settings.codePattern = m_pattern->text().trimmed();
    settings.overlapToleranceM2 = m_overlapTolerance->value();
    settings.communeToleranceM = m_communeTolerance->value();
    settings.communeSource = m_communeSource->text().trimmed();
    settings.communeLayer = m_communeLayer->text().trimmed();
    settings.communeNameField = m_communeField->text().trimmed();
    settings.minimumAreaHaByCrop.clear();
    for (const QString& line : linesOf(m_minimumAreas)) {
        const QStringList parts = line.split(QLatin1Char('='));
        bool ok = false;
        const double hectares =
            parts.value(1).trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (parts.size() != 2 || !ok) {
            QMessageBox::warning(this, windowTitle(),
                                 tr("\"%1\" is not \"crop = hectares\".").arg(line));
            return;
        }
        settings.minimumAreaHaByCrop.insert(parts[0].trimmed(), hectares);
    }
    ProjectStore* store = m_edits->store();
    if (!m_edits->report(store->saveSettings(settings), tr("Cannot save the editing rules")) ||
        !m_edits->report(store->setPickList(QStringLiteral("crop"), linesOf(m_crops)),
                         tr("Cannot save the crop list")) ||
        !m_edits->report(
            store->setPickList(QStringLiteral("certification"), linesOf(m_certifications)),
            tr("Cannot save the certification list")))
        return;
    m_edits->settingsChanged();
    QDialog::accept();
}

} // namespace agrimap
