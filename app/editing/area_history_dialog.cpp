#include "area_history_dialog.h"

#include "edit_controller.h"
#include "editing/edit_session.h"
#include "editing/project_store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace agrimap {

namespace {

// "field: before → after" for each attribute that changed (editor tracking left out).
QString changesBetween(const QByteArray& before, const QByteArray& after) {
    const QJsonObject from = QJsonDocument::fromJson(before).object();
    const QJsonObject to = QJsonDocument::fromJson(after).object();
    QStringList lines;
    QStringList keys = from.keys() + to.keys();
    keys.removeDuplicates();
    for (const QString& key : std::as_const(keys)) {
        if (key.startsWith(QLatin1String("modified_")) || key.startsWith(QLatin1String("created_")))
            continue;
        const QJsonValue a = from.value(key);
        const QJsonValue b = to.value(key);
        if (a == b)
            continue;
        const auto text = [](const QJsonValue& value) {
            return value.isUndefined() || value.isNull() ? QStringLiteral("—")
                                                         : value.toVariant().toString();
        };
        lines << QStringLiteral("%1: %2 → %3").arg(key, text(a), text(b));
    }
    return lines.join(QLatin1String("; "));
}

} // namespace

AreaHistoryDialog::AreaHistoryDialog(EditController* edits, qint64 fid, QWidget* parent)
    : QDialog(parent)
    , m_edits(edits)
    , m_list(new QTreeWidget(this))
    , m_restore(new QPushButton(tr("&Restore this version"), this)) {
    setObjectName(QStringLiteral("areaHistoryDialog"));
    setWindowTitle(tr("History of growing area %1").arg(fid));
    resize(760, 360);
    auto* layout = new QVBoxLayout(this);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &AreaHistoryDialog::restoreCurrent);

    if (edits->store())
        m_entries = edits->store()->history(fid);
    for (const AuditEntry& entry : m_entries) {
        auto* item =
            new QTreeWidgetItem({QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                 QStringLiteral("%1@%2").arg(entry.user, entry.host), entry.action,
                                 changesBetween(entry.beforeAttributes, entry.afterAttributes)});
        item->setToolTip(3, item->text(3));
        m_list->addTopLevelItem(item);
    }
    m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
    m_restore->setEnabled(edits->session() && !m_entries.empty());
}

void AreaHistoryDialog::restoreCurrent() {
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || !m_edits->session())
        return;
    if (m_edits->report(m_edits->session()->restoreVersion(m_entries[size_t(row)]),
                        tr("Cannot restore this version")))
        accept();
}

} // namespace agrimap
