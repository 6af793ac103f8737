#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace agrimap {

/// Edits the list of land-use codes that count as agricultural land, one code per line
/// (commas and spaces also separate). "Restore the default" brings back DOMAIN.md's set.
class AgriculturalCodesDialog : public QDialog {
    Q_OBJECT
public:
    AgriculturalCodesDialog(const QStringList& codes, QWidget* parent = nullptr);

    QStringList codes() const;
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor;
};

} // namespace agrimap
