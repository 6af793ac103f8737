#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace agrimap {

/// The attribute table's filter: an OGR SQL WHERE expression typed by the user, or built by
/// a quick "search text in column", with the source's error shown under it when invalid.
class AttributeFilterBar : public QWidget {
    Q_OBJECT
public:
    AttributeFilterBar(const QStringList& fieldNames, QWidget* parent);

    QString whereClause() const;
    void setWhereClause(const QString& whereClause);
    void showError(const QString& message);
    void clearError();
    QString errorText() const;

    QLineEdit* whereEdit() const { return m_where; }
    QComboBox* fieldCombo() const { return m_field; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* errorLabel() const { return m_error; }

    /// `"field" LIKE '%text%'`, quoted for OGR SQL and SQLite, matching both the composed and
    /// decomposed spellings of Vietnamese text; empty when `text` is empty.
    static QString containsFilter(const QString& field, const QString& text);

Q_SIGNALS:
    void filterRequested(const QString& whereClause);

private:
    void applySearch();

    QLineEdit* m_where;
    QComboBox* m_field;
    QLineEdit* m_search;
    QLabel* m_error;
};

} // namespace agrimap
