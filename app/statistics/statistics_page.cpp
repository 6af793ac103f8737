#include "statistics_page.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace agrimap {

StatisticsPage::StatisticsPage(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_status(new QLabel(this)) {
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancelButton);
    m_layout->addLayout(busy);
    m_layout->addWidget(m_status);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &StatisticsPage::cancel);
}

StatisticsPage::~StatisticsPage() {
    cancel();
    for (QFutureWatcher<void>* watcher : m_watchers)
        watcher->waitForFinished();
}

QString StatisticsPage::statusText() const {
    return m_status->isHidden() ? QString() : m_status->text();
}

void StatisticsPage::showStatus(const QString& text) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void StatisticsPage::cancel() {
    if (m_cancel)
        *m_cancel = true;
}

void StatisticsPage::startRun() {
    showStatus({});
    m_progress->setValue(0);
    if (m_running++ == 0) {
        m_progress->show();
        m_cancelButton->show();
        Q_EMIT computingChanged(true);
    }
}

void StatisticsPage::finishRun() {
    if (--m_running == 0) {
        m_progress->hide();
        m_cancelButton->hide();
        m_cancel.reset();
        Q_EMIT computingChanged(false);
    }
}

} // namespace agrimap
