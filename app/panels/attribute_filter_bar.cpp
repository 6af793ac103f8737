#include "attribute_filter_bar.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace agrimap {

AttributeFilterBar::AttributeFilterBar(const QStringList& fieldNames, QWidget* parent)
    : QWidget(parent)
    , m_where(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    m_where->setObjectName(QStringLiteral("filterEdit"));
    m_where->setClearButtonEnabled(true);
    m_where->setPlaceholderText(tr("Filter (SQL WHERE), e.g. %1 = 'LUC'")
                                    .arg(fieldNames.value(0, QStringLiteral("field"))));
    m_where->setToolTip(tr("An OGR SQL WHERE expression; press Enter to apply."));
    auto* apply = new QPushButton(tr("Apply"), this);
    auto* clear = new QPushButton(tr("Show all"), this);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->addItems(fieldNames);
    m_search->setObjectName(QStringLiteral("searchText"));
    m_search->setPlaceholderText(tr("Search text in column"));
    m_search->setClearButtonEnabled(true);

    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Filter:"), this), 0, 0);
    layout->addWidget(m_where, 0, 1, 1, 2);
    layout->addWidget(apply, 0, 3);
    layout->addWidget(clear, 0, 4);
    layout->addWidget(new QLabel(tr("Search:"), this), 1, 0);
    layout->addWidget(m_field, 1, 1);
    layout->addWidget(m_search, 1, 2, 1, 3);
    layout->addWidget(m_error, 2, 1, 1, 4);
    layout->setColumnStretch(2, 1);

    connect(m_where, &QLineEdit::returnPressed, this,
            [this] { Q_EMIT filterRequested(whereClause()); });
    connect(apply, &QPushButton::clicked, this, [this] { Q_EMIT filterRequested(whereClause()); });
    connect(clear, &QPushButton::clicked, this, [this] {
        m_where->clear();
        m_search->clear();
        Q_EMIT filterRequested({});
    });
    connect(m_search, &QLineEdit::returnPressed, this, &AttributeFilterBar::applySearch);
}

QString AttributeFilterBar::whereClause() const {
    return m_where->text().trimmed();
}

void AttributeFilterBar::setWhereClause(const QString& whereClause) {
    m_where->setText(whereClause);
}

void AttributeFilterBar::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void AttributeFilterBar::clearError() {
    m_error->clear();
    m_error->hide();
}

QString AttributeFilterBar::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

QString AttributeFilterBar::containsFilter(const QString& field, const QString& text) {
    if (field.isEmpty() || text.isEmpty())
        return {};
    QString quotedField = field;
    quotedField.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const auto like = [&quotedField](QString value) {
        value.replace(QLatin1Char('\''), QLatin1String("''"));
        return QStringLiteral("\"%1\" LIKE '%%2%'").arg(quotedField, value);
    };
    // The filter goes to the file as it is, and files hold Vietnamese either composed (NFC)
    // or decomposed (NFD, e.g. from macOS): look for both spellings.
    const QString composed = text.normalized(QString::NormalizationForm_C);
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    if (composed == decomposed)
        return like(composed);
    return QStringLiteral("(%1 OR %2)").arg(like(composed), like(decomposed));
}

void AttributeFilterBar::applySearch() {
    // The search writes its expression into the filter line, so it can be refined by hand.
    const QString where = containsFilter(m_field->currentText(), m_search->text().trimmed());
    m_where->setText(where);
    Q_EMIT filterRequested(where);
}

} // namespace agrimap
