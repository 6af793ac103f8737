#pragma once

class QMenu;

namespace agrimap {

class VectorLayer;

/// Adds the "Text encoding" submenu of a layer's context menu to `menu`: Automatic (with the
/// encoding detected), Unicode, TCVN3, VNI, Windows-1258, the current one checked. Choosing
/// one makes the layer's file read that way (VectorLayer::setTextEncoding), which the project
/// remembers.
QMenu* addTextEncodingMenu(QMenu* menu, VectorLayer* layer);

} // namespace agrimap
