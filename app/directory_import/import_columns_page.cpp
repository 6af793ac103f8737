#include "import_columns_page.h"

#include "editing/project_store.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace agrimap {

namespace {

constexpr int previewRows = 10;
constexpr int sampleValues = 3;

QString originText(MappingOrigin origin) {
    switch (origin) {
    case MappingOrigin::Remembered:
        return QCoreApplication::translate(
            "agrimap::ImportColumnsPage",
            "The columns are mapped as in the last import of a file with these columns.");
    case MappingOrigin::Given:
        return {};
    case MappingOrigin::Guessed:
        break;
    }
    return QCoreApplication::translate(
        "agrimap::ImportColumnsPage",
        "The columns are mapped from their names: check each one. AgriMap remembers your "
        "choice for the next file with these columns.");
}

} // namespace

ImportColumnsPage::ImportColumnsPage(FarmerImportState& state, ProjectStore& project,
                                     QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_project(project)
    , m_encoding(new QComboBox(this))
    , m_origin(new QLabel(this))
    , m_mapping(new QTableWidget(this))
    , m_preview(new QTableWidget(this))
    , m_problems(new QLabel(this)) {
    setTitle(tr("Text and columns"));
    setSubTitle(tr("Check that names read correctly and say what each column holds. Rows whose "
                   "citizen ID or household id is already in the directory update it."));
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_origin->setObjectName(QStringLiteral("importMappingOrigin"));
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_problems->setObjectName(QStringLiteral("importMappingProblems"));
    m_origin->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020"));

    m_mapping->setColumnCount(3);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Holds"), tr("First values")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* encodingRow = new QHBoxLayout;
    encodingRow->addWidget(new QLabel(tr("Text encoding:"), this));
    encodingRow->addWidget(m_encoding, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(encodingRow);
    layout->addWidget(m_origin);
    layout->addWidget(m_mapping, 3);
    layout->addWidget(m_problems);
    layout->addWidget(new QLabel(tr("The first rows as they will be read:"), this));
    layout->addWidget(m_preview, 2);

    connect(m_encoding, &QComboBox::activated, this, &ImportColumnsPage::encodingChosen);
}

QComboBox* ImportColumnsPage::fieldBox(int column) const {
    return qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 1));
}

void ImportColumnsPage::initializePage() {
    {
        const QSignalBlocker quiet(m_encoding);
        m_encoding->clear();
        const QString detected = textEncodingName(m_state.detected);
        m_encoding->addItem(tr("Automatic (detected: %1)").arg(detected),
                            QVariant::fromValue(int(TextEncodingChoice::Auto)));
        for (const TextEncodingChoice choice :
             {TextEncodingChoice::Unicode, TextEncodingChoice::Tcvn3, TextEncodingChoice::Vni,
              TextEncodingChoice::Windows1258})
            m_encoding->addItem(textEncodingName(legacyEncodingOf(choice)),
                                QVariant::fromValue(int(choice)));
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_state.encoding)));
    }
    const StartingMapping starting =
        startingImportMapping(m_state.table->headers(m_state.resolvedEncoding().legacy), m_project);
    m_state.mapping = starting.mapping;
    m_state.origin = starting.origin;
    showMapping();
    showPreview();
}

void ImportColumnsPage::encodingChosen() {
    m_state.encoding = TextEncodingChoice(m_encoding->currentData().toInt());
    const QStringList headers = m_state.table->headers(m_state.resolvedEncoding().legacy);
    // A choice made by hand is kept (the columns are the same); otherwise the names, now read
    // another way, may match a remembered or guessed mapping.
    if (m_state.origin == MappingOrigin::Given) {
        m_state.mapping.headers = headers;
    } else {
        const StartingMapping starting = startingImportMapping(headers, m_project);
        m_state.mapping = starting.mapping;
        m_state.origin = starting.origin;
    }
    showMapping();
    showPreview();
}

void ImportColumnsPage::showMapping() {
    const ImportTable& table = *m_state.table;
    const std::optional<LegacyEncoding> legacy = m_state.resolvedEncoding().legacy;
    m_origin->setText(originText(m_state.origin));
    m_mapping->setRowCount(table.columnCount());
    for (int column = 0; column < table.columnCount(); ++column) {
        m_mapping->setItem(column, 0, new QTableWidgetItem(m_state.mapping.headers.value(column)));
        auto* box = new QComboBox(m_mapping);
        box->setObjectName(QStringLiteral("importField_%1").arg(column));
        for (const ImportField field : importFields())
            box->addItem(importFieldName(field), QVariant::fromValue(int(field)));
        box->setCurrentIndex(box->findData(int(m_state.mapping.fields[size_t(column)])));
        connect(box, &QComboBox::activated, this, &ImportColumnsPage::fieldChosen);
        m_mapping->setCellWidget(column, 1, box);
        QStringList values;
        for (qsizetype row = 0; row < table.rowCount() && values.size() < sampleValues; ++row) {
            const QString value = table.text(row, column, legacy);
            if (!value.isEmpty())
                values << value;
        }
        m_mapping->setItem(column, 2, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    m_mapping->resizeColumnsToContents();
    const Status usable = checkImportMapping(m_state.mapping);
    m_problems->setText(usable ? QString() : usable.errorMessage());
    Q_EMIT completeChanged();
}

void ImportColumnsPage::showPreview() {
    const ImportTable& table = *m_state.table;
    const std::optional<LegacyEncoding> legacy = m_state.resolvedEncoding().legacy;
    const int rows = int(std::min<qsizetype>(previewRows, table.rowCount()));
    m_preview->clear();
    m_preview->setColumnCount(table.columnCount());
    m_preview->setRowCount(rows);
    QStringList headers;
    for (int column = 0; column < table.columnCount(); ++column) {
        const ImportField field = m_state.mapping.fields[size_t(column)];
        headers << (field == ImportField::Ignore
                        ? m_state.mapping.headers.value(column)
                        : QStringLiteral("%1\n→ %2")
                              .arg(m_state.mapping.headers.value(column), importFieldName(field)));
    }
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList rowNumbers;
    for (int row = 0; row < rows; ++row) {
        rowNumbers << QString::number(table.rowNumber(row));
        for (int column = 0; column < table.columnCount(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(table.text(row, column, legacy)));
    }
    m_preview->setVerticalHeaderLabels(rowNumbers);
    m_preview->resizeColumnsToContents();
}

void ImportColumnsPage::fieldChosen() {
    for (int column = 0; column < m_mapping->rowCount(); ++column) {
        if (QComboBox* box = fieldBox(column))
            m_state.mapping.fields[size_t(column)] = ImportField(box->currentData().toInt());
    }
    m_state.origin = MappingOrigin::Given;
    m_origin->clear();
    const Status usable = checkImportMapping(m_state.mapping);
    m_problems->setText(usable ? QString() : usable.errorMessage());
    showPreview();
    Q_EMIT completeChanged();
}

bool ImportColumnsPage::isComplete() const {
    return m_state.table && bool(checkImportMapping(m_state.mapping));
}

} // namespace agrimap
