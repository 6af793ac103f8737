#pragma once

namespace agrimap {

/// Vietnamese 8-bit encodings found in old shapefiles, DBF tables and spreadsheets.
/// - Windows1258: Microsoft's code page; base letters plus combining tone marks.
/// - Tcvn3: TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime …); one byte per lowercase letter.
/// - Vni: VNI-Windows fonts; an ASCII letter followed by separate diacritic bytes.
enum class LegacyEncoding { Windows1258, Tcvn3, Vni };

} // namespace agrimap
