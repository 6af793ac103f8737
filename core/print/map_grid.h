#pragma once

#include <QString>
#include <vector>

namespace agrimap::print {

/// The coordinate grid of a printed map, in the map's CRS: where the lines go and how their
/// ends are labelled. Metres read "586 000"; degrees read "105°30′".

/// A readable spacing giving about `targetLines` lines (never more than twice that) across
/// `span`: 1, 2 or 5 × 10ⁿ map units, or for degrees a whole number of degrees, minutes or
/// seconds (1°, 30′, 15′, 10′, 5′ …).
double gridInterval(double span, bool geographic, int targetLines = 5);

/// The multiples of `interval` inside [minimum, maximum].
std::vector<double> gridValues(double minimum, double maximum, double interval);

/// The label of one grid value. `interval` decides how many decimals or how fine a
/// sexagesimal unit is shown.
QString gridLabel(double value, double interval, bool geographic);

} // namespace agrimap::print
