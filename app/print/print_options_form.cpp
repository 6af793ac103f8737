#include "print_options_form.h"

#include "print/print_scale.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace agrimap {

namespace {

constexpr double presetScales[] = {500, 1000, 2000, 5000, 10000, 25000, 50000, 100000};
enum Area { CurrentView, TypedExtent };

QString extentText(const QRectF& extent) {
    return QStringLiteral("%1, %2, %3, %4")
        .arg(extent.left(), 0, 'f', 1)
        .arg(extent.top(), 0, 'f', 1)
        .arg(extent.right(), 0, 'f', 1)
        .arg(extent.bottom(), 0, 'f', 1);
}

std::optional<QRectF> parseExtent(const QString& text) {
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts[i].trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (values[2] <= values[0] || values[3] <= values[1])
        return std::nullopt;
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

QCheckBox* checked(const QString& text, QWidget* parent) {
    auto* box = new QCheckBox(text, parent);
    box->setChecked(true);
    return box;
}

} // namespace

PrintOptionsForm::PrintOptionsForm(const QRectF& currentView, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_currentView(currentView)
    , m_paper(new QComboBox(this))
    , m_orientation(new QComboBox(this))
    , m_title(new QLineEdit(title, this))
    , m_subtitle(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_extent(new QLineEdit(extentText(currentView), this))
    , m_scale(new QComboBox(this))
    , m_legend(checked(tr("Legend of the visible layers"), this))
    , m_scaleBar(checked(tr("Graphic scale bar"), this))
    , m_northArrow(checked(tr("North arrow"), this))
    , m_grid(checked(tr("Coordinate grid"), this))
    , m_source(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_logo(new QLineEdit(this)) {
    m_paper->addItem(QStringLiteral("A4"), int(print::Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(print::Paper::A3));
    m_orientation->addItem(tr("Portrait"), int(print::Orientation::Portrait));
    m_orientation->addItem(tr("Landscape"), int(print::Orientation::Landscape));
    // The sheet turned the way the view is: a wide view prints landscape.
    m_orientation->setCurrentIndex(currentView.width() >= currentView.height() ? 1 : 0);
    m_area->addItem(tr("The current view"), CurrentView);
    m_area->addItem(tr("This extent (xmin, ymin, xmax, ymax)"), TypedExtent);
    m_extent->setEnabled(false);
    m_scale->setEditable(true);
    m_scale->setInsertPolicy(QComboBox::NoInsert);
    m_scale->addItem(tr("Fit the area"));
    for (const double scale : presetScales)
        m_scale->addItem(print::scaleText(scale));
    m_scale->setToolTip(tr("Choose a scale or type one, e.g. 1:7500"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));

    const QSettings settings;
    m_source->setText(settings.value(QStringLiteral("print/source")).toString());
    m_author->setText(settings.value(QStringLiteral("print/author")).toString());
    m_logo->setText(settings.value(QStringLiteral("print/logo")).toString());
    m_title->setPlaceholderText(tr("printed above the map"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    form->addRow(tr("&Area:"), m_area);
    form->addRow(QString(), m_extent);
    form->addRow(tr("S&cale:"), m_scale);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_scaleBar);
    form->addRow(QString(), m_northArrow);
    form->addRow(QString(), m_grid);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("Au&thor:"), m_author);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Logo:"), createLogoRow());

    const auto notify = [this] { Q_EMIT changed(); };
    for (QComboBox* box : {m_paper, m_orientation, m_area})
        connect(box, &QComboBox::currentIndexChanged, this, notify);
    connect(m_scale, &QComboBox::currentTextChanged, this, notify);
    for (QLineEdit* edit : {m_title, m_subtitle, m_extent, m_source, m_author, m_logo})
        connect(edit, &QLineEdit::textChanged, this, notify);
    for (QCheckBox* box : {m_legend, m_scaleBar, m_northArrow, m_grid})
        connect(box, &QCheckBox::toggled, this, notify);
    connect(m_date, &QDateEdit::dateChanged, this, notify);
    connect(m_area, &QComboBox::currentIndexChanged, this,
            [this] { m_extent->setEnabled(m_area->currentData().toInt() == TypedExtent); });
}

QWidget* PrintOptionsForm::createLogoRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_logo->setPlaceholderText(tr("an image file; empty for none"));
    auto* browse = new QPushButton(tr("Browse…"), row);
    layout->addWidget(m_logo, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a logo"), m_logo->text(),
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    return row;
}

print::PrintOptions PrintOptionsForm::options(QString* problem) const {
    print::PrintOptions options;
    options.paper = print::Paper(m_paper->currentData().toInt());
    options.orientation = print::Orientation(m_orientation->currentData().toInt());
    options.title = m_title->text().trimmed();
    options.subtitle = m_subtitle->text().trimmed();
    options.extent = m_currentView;
    if (m_area->currentData().toInt() == TypedExtent) {
        if (const std::optional<QRectF> typed = parseExtent(m_extent->text()))
            options.extent = *typed;
        else if (problem)
            *problem = tr("The extent must be four numbers, xmin, ymin, xmax, ymax, in the "
                          "map's CRS; the current view is printed instead.");
    }
    if (m_scale->currentText() != m_scale->itemText(0)) {
        if (const std::optional<double> scale = print::parseScaleText(m_scale->currentText()))
            options.scaleDenominator = *scale;
        else if (problem)
            *problem = tr("“%1” is not a scale: type one like 1:5000. The scale fits the area "
                          "instead.")
                           .arg(m_scale->currentText());
    }
    options.legend = m_legend->isChecked();
    options.scaleBar = m_scaleBar->isChecked();
    options.northArrow = m_northArrow->isChecked();
    options.grid = m_grid->isChecked();
    options.source = m_source->text().trimmed();
    options.author = m_author->text().trimmed();
    options.date = m_date->date();
    options.logoPath = m_logo->text().trimmed();
    return options;
}

void PrintOptionsForm::rememberChoices() const {
    QSettings settings;
    settings.setValue(QStringLiteral("print/source"), m_source->text().trimmed());
    settings.setValue(QStringLiteral("print/author"), m_author->text().trimmed());
    settings.setValue(QStringLiteral("print/logo"), m_logo->text().trimmed());
}

} // namespace agrimap
