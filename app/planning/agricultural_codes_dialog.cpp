#include "agricultural_codes_dialog.h"

#include "planning/land_use_codes.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace agrimap {

AgriculturalCodesDialog::AgriculturalCodesDialog(const QStringList& codes, QWidget* parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(this)) {
    setWindowTitle(tr("Agricultural land-use codes"));
    auto* layout = new QVBoxLayout(this);
    auto* help = new QLabel(
        tr("Growing areas on land with any other code are reported. One code per line; a "
           "mixed code such as LUC+ONT counts as agricultural only when all its parts are. "
           "The list is saved in the project."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_editor->setObjectName(QStringLiteral("codesEditor"));
    m_editor->setPlainText(codes.join(QLatin1Char('\n')));
    layout->addWidget(m_editor);
    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, Qt::Horizontal, this);
    QPushButton* defaults =
        buttons->addButton(tr("Restore the default"), QDialogButtonBox::ResetRole);
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_editor->setPlainText(planning::defaultAgriculturalCodes().join(QLatin1Char('\n')));
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(360, 420);
}

QStringList AgriculturalCodesDialog::codes() const {
    QStringList codes;
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    for (const QString& code : m_editor->toPlainText().split(separators, Qt::SkipEmptyParts)) {
        const QString normalized = planning::normalizedCode(code);
        if (!codes.contains(normalized))
            codes << normalized;
    }
    return codes;
}

} // namespace agrimap
