#include "scale_box.h"

#include "map_scale.h"

#include <QLineEdit>
#include <QLocale>
#include <cmath>

namespace agrimap {

ScaleBox::ScaleBox(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(11);
    int count = 0;
    const double* presets = map_scale::presetDenominators(&count);
    for (int i = 0; i < count; ++i) {
        if (presets[i] >= 2000 && presets[i] <= 500000)
            addItem(format(presets[i]), presets[i]);
    }
    setToolTip(tr("Map scale: pick one or type 1:5000"));
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT denominatorChosen(itemData(index).toDouble()); });
    connect(lineEdit(), &QLineEdit::returnPressed, this, [this] {
        const double denominator = parse(currentText());
        if (denominator > 0)
            Q_EMIT denominatorChosen(denominator);
    });
}

void ScaleBox::showDenominator(double denominator) {
    if (!lineEdit()->hasFocus())
        setEditText(format(denominator));
}

double ScaleBox::parse(const QString& text) {
    QString cleaned = text.trimmed();
    if (cleaned.startsWith(QLatin1String("1:")))
        cleaned = cleaned.mid(2);
    cleaned.remove(QLatin1Char(' '))
        .remove(QChar(0x00A0))
        .remove(QLatin1Char('.'))
        .remove(QLatin1Char(','));
    bool ok = false;
    const double value = cleaned.toDouble(&ok);
    return ok && value > 0 ? value : 0;
}

QString ScaleBox::format(double denominator) {
    // Thousands separated by a space, as on Vietnamese map sheets: 1:10 000.
    QString digits = QString::number(qRound64(denominator));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return QStringLiteral("1:") + digits;
}

} // namespace agrimap
