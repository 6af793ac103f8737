#include "area_form_dialog.h"

#include "editing/area_geometry.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace agrimap {

namespace {

// Which field a rule is about, so its message can mark that field.
const char* fieldOfRule(const QString& rule) {
    if (rule.startsWith(QLatin1String("code-")))
        return area_field::code;
    if (rule == QLatin1String("dates-order"))
        return area_field::validFrom;
    if (rule == QLatin1String("status-expired"))
        return area_field::status;
    if (rule == QLatin1String("area-minimum"))
        return area_field::crop;
    if (rule == QLatin1String("outside-commune"))
        return area_field::commune;
    return nullptr;
}

QString dateText(const QVariant& value) {
    const QDate date = value.typeId() == QMetaType::QDate
                           ? value.toDate()
                           : QDate::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

AreaFormDialog::AreaFormDialog(EditSession& session, GrowingArea area, Saver saver, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_area(std::move(area))
    , m_saver(std::move(saver)) {
    setObjectName(QStringLiteral("areaFormDialog"));
    setWindowTitle(m_area.fid < 0 ? tr("New growing area")
                                  : tr("Growing area %1").arg(m_area.text(area_field::code)));
    auto* layout = new QVBoxLayout(this);
    m_form = new QFormLayout();
    layout->addLayout(m_form);

    m_code = addLine(area_field::code, tr("Production area &code"));
    m_code->setPlaceholderText(m_session.store().settings().codePattern);
    addLine(area_field::name, tr("&Name"));
    addPickList(area_field::crop, tr("C&rop"), QStringLiteral("crop"));
    addLine(area_field::variety, tr("&Variety"));
    addLine(area_field::commune, tr("Co&mmune"));
    addLine(area_field::communeOld, tr("Commune (before 2025)"));
    addLine(area_field::hamlet, tr("&Hamlet"));
    m_households = new QSpinBox(this);
    m_households->setRange(0, 100000);
    m_households->setValue(m_area.attributes.value(QLatin1String(area_field::households)).toInt());
    m_form->addRow(tr("Households"), m_households);
    addPickList(area_field::certification, tr("Cer&tification"), QStringLiteral("certification"));
    addLine(area_field::exportMarket, tr("E&xport market"));
    m_status = addPickList(area_field::status, tr("&Status"), QStringLiteral("status"));
    m_validFrom = addLine(area_field::validFrom, tr("Valid &from"));
    m_validTo = addLine(area_field::validTo, tr("Valid &to"));
    for (QLineEdit* date : {m_validFrom, m_validTo}) {
        date->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
        date->setText(dateText(m_area.attributes.value(date->objectName())));
    }
    m_notes = new QPlainTextEdit(m_area.text(area_field::notes), this);
    m_notes->setFixedHeight(60);
    m_form->addRow(tr("Notes"), m_notes);
    const double hectares = area_geometry::areaM2(m_area.geometryWkb) / 10000.0;
    m_form->addRow(tr("Area"),
                   new QLabel(tr("%1 ha").arg(QLocale().toString(hectares, 'f', 4)), this));
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("memberParcels"));
    m_members->setFixedHeight(70);
    for (const ParcelKey& key : m_area.members)
        m_members->addItem(tr("%1, sheet %2, parcel %3").arg(key.commune, key.sheet, key.parcel));
    if (m_area.members.empty())
        m_members->addItem(tr("(drawn by hand: no member parcels)"));
    m_form->addRow(tr("Member parcels"), m_members);

    m_messages = new QLabel(this);
    m_messages->setObjectName(QStringLiteral("ruleMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);
    layout->addWidget(m_messages);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AreaFormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_households, &QSpinBox::valueChanged, this, &AreaFormDialog::checkRules);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &AreaFormDialog::checkRules);
    checkRules();
    m_code->setFocus();
}

QLineEdit* AreaFormDialog::addLine(const char* field, const QString& label) {
    auto* edit = new QLineEdit(m_area.text(field), this);
    edit->setObjectName(QLatin1String(field));
    m_form->addRow(label, edit);
    m_fields.insert(QLatin1String(field), edit);
    connect(edit, &QLineEdit::textChanged, this, &AreaFormDialog::checkRules);
    return edit;
}

QComboBox* AreaFormDialog::addPickList(const char* field, const QString& label,
                                       const QString& list) {
    auto* box = new QComboBox(this);
    box->setObjectName(QLatin1String(field));
    QStringList values = m_session.store().pickList(list);
    // A value from before the list changed stays choosable rather than silently replaced.
    const QString current = m_area.text(field);
    if (!current.isEmpty() && !values.contains(current))
        values.prepend(current);
    box->addItems(values);
    if (!current.isEmpty())
        box->setCurrentText(current);
    m_form->addRow(label, box);
    m_fields.insert(QLatin1String(field), box);
    connect(box, &QComboBox::currentTextChanged, this, &AreaFormDialog::checkRules);
    return box;
}

GrowingArea AreaFormDialog::area() const {
    GrowingArea area = m_area;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto* edit = qobject_cast<QLineEdit*>(it.value()))
            area.attributes.insert(it.key(), edit->text().trimmed());
        else if (auto* box = qobject_cast<QComboBox*>(it.value()))
            area.attributes.insert(it.key(), box->currentText());
    }
    for (QLineEdit* date : {m_validFrom, m_validTo}) {
        const QDate parsed = QDate::fromString(date->text().trimmed(), Qt::ISODate);
        area.attributes.insert(date->objectName(),
                               parsed.isValid() ? QVariant(parsed) : QVariant());
    }
    area.attributes.insert(QLatin1String(area_field::households), m_households->value());
    area.attributes.insert(QLatin1String(area_field::notes), m_notes->toPlainText());
    return area;
}

void AreaFormDialog::checkRules() {
    for (QWidget* field : std::as_const(m_fields))
        field->setStyleSheet(QString());
    QStringList lines;
    for (QLineEdit* date : {m_validFrom, m_validTo}) {
        const QString text = date->text().trimmed();
        if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
            date->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
            lines << tr("%1 is not a date: write it as YYYY-MM-DD").arg(text);
        }
    }
    bool refused = false;
    const std::vector<AreaViolation> violations = m_session.check(area());
    Q_EMIT problemsFound(violations);
    for (const AreaViolation& violation : violations) {
        const bool refusing = EditSession::refuses(violation);
        refused = refused || refusing;
        lines << (refusing ? tr("✖ %1").arg(violation.message) : tr("⚠ %1").arg(violation.message));
        if (const char* field = fieldOfRule(violation.rule))
            if (QWidget* widget = m_fields.value(QLatin1String(field)))
                widget->setStyleSheet(refusing ? QStringLiteral("border: 1px solid #c62828;")
                                               : QStringLiteral("border: 1px solid #e0a000;"));
    }
    m_messages->setText(lines.join(QLatin1Char('\n')));
    m_messages->setStyleSheet(refused ? QStringLiteral("color: #c62828;")
                                      : QStringLiteral("color: #8a6d00;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!refused);
}

void AreaFormDialog::accept() {
    const Status saved = m_saver ? m_saver(area()) : Status{};
    if (!saved) {
        m_messages->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_messages->setText(saved.errorMessage());
        return; // nothing typed is lost: the form stays open
    }
    QDialog::accept();
}

} // namespace agrimap
