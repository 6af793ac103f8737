#pragma once

#include <QComboBox>

namespace agrimap {

/// The map scale as officials write it ("1:5 000"): shows the canvas's scale, takes a
/// preset or a typed "1:5000" / "5000".
class ScaleBox : public QComboBox {
    Q_OBJECT
public:
    explicit ScaleBox(QWidget* parent = nullptr);
    void showDenominator(double denominator);
    /// 5000 for "1:5 000", "1:5000" or "5000"; 0 when the text is not a scale.
    static double parse(const QString& text);
    static QString format(double denominator);

Q_SIGNALS:
    void denominatorChosen(double denominator);
};

} // namespace agrimap
