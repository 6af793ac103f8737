#include "crs_picker_dialog.h"

#include "vn2000_crs_catalog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace agrimap {

CrsPickerDialog::CrsPickerDialog(const QString& question, const Crs& current, QWidget* parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_filter(new QLineEdit(this))
    , m_custom(new QLineEdit(this))
    , m_status(new QLabel(this)) {
    setWindowTitle(tr("Coordinate reference system"));
    auto* layout = new QVBoxLayout(this);
    auto* questionLabel = new QLabel(question, this);
    questionLabel->setWordWrap(true);
    layout->addWidget(questionLabel);
    m_filter->setPlaceholderText(tr("Filter, e.g. 105-45 or 5897"));
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    m_custom->setPlaceholderText(tr("Or type any EPSG code or WKT, e.g. EPSG:9209"));
    layout->addWidget(m_custom);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (const int code : preferredEpsgCodes()) {
        const Crs crs = Crs::fromEpsg(code);
        if (!crs.isValid())
            continue;
        auto* item = new QListWidgetItem(crs.displayName(), m_list);
        item->setData(Qt::UserRole, crs.definition());
        if (crs == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    connect(m_filter, &QLineEdit::textChanged, this, &CrsPickerDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        m_custom->clear();
        updateSelection();
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_custom, &QLineEdit::textChanged, this, &CrsPickerDialog::updateSelection);
    updateSelection();
    resize(520, 480);
}

void CrsPickerDialog::applyFilter(const QString& text) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
    }
}

void CrsPickerDialog::updateSelection() {
    const QString custom = m_custom->text().trimmed();
    if (!custom.isEmpty())
        m_selected = Crs::fromUserInput(custom);
    else if (m_list->currentItem())
        m_selected = Crs::fromUserInput(m_list->currentItem()->data(Qt::UserRole).toString());
    else
        m_selected = Crs();
    m_status->setText(m_selected.isValid() ? m_selected.displayName()
                                           : tr("Not a coordinate reference system PROJ knows."));
    if (auto* buttons = findChild<QDialogButtonBox*>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_selected.isValid());
}

} // namespace agrimap
