#pragma once

#include "print/print_options.h"

#include <QRectF>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace agrimap {

/// The choices of a printed map as widgets: paper, orientation, texts, area, scale, the
/// parts shown, source, author, date and logo. changed() fires on every edit (the preview
/// follows it). The author, source and logo are remembered for the next print.
class PrintOptionsForm : public QWidget {
    Q_OBJECT
public:
    /// `currentView` is what the canvas shows (the default area); `title` the default title.
    PrintOptionsForm(const QRectF& currentView, const QString& title, QWidget* parent = nullptr);

    /// The options as the widgets say now. An area or scale that cannot be read is reported
    /// in `problem` (and left at the current view / fit).
    print::PrintOptions options(QString* problem = nullptr) const;
    void rememberChoices() const;

    QComboBox* paperBox() const { return m_paper; }
    QComboBox* orientationBox() const { return m_orientation; }
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* areaBox() const { return m_area; }
    QLineEdit* extentEdit() const { return m_extent; }
    QComboBox* scaleBox() const { return m_scale; }
    QCheckBox* legendBox() const { return m_legend; }
    QCheckBox* gridBox() const { return m_grid; }
    QLineEdit* logoEdit() const { return m_logo; }

Q_SIGNALS:
    void changed();

private:
    QWidget* createLogoRow();

    QRectF m_currentView;
    QComboBox* m_paper;
    QComboBox* m_orientation;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QComboBox* m_area;
    QLineEdit* m_extent;
    QComboBox* m_scale;
    QCheckBox* m_legend;
    QCheckBox* m_scaleBar;
    QCheckBox* m_northArrow;
    QCheckBox* m_grid;
    QLineEdit* m_source;
    QLineEdit* m_author;
    QDateEdit* m_date;
    QLineEdit* m_logo;
};

} // namespace agrimap
