#pragma once

#include "area_links_editor.h"
#include "directory/farmer_search_index.h"
#include "directory/farmer_session.h"
#include "directory/farmer_table_query.h"
#include "map/feature_highlight.h"
#include "panels/identify_panel.h"
#include "parcel_links_editor.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>
#include <vector>

class QAction;
class QMainWindow;
class QMenu;

namespace agrimap {

class EditController;
class FarmerDirectoryPanel;
class FarmerExportFlow;
class LayerCollection;
class MapCanvas;
class MessageReporter;
class ParcelLinkTool;
class VectorLayer;

/// The Farmer Directory in the map window: its panel, form, duplicate finder and export, and
/// the ties to the map both ways — the chosen household's parcels outlined and zoomed to, the
/// households of an identified parcel or growing area listed, parcels linked by clicking them.
/// It shows the directory of EditController's project: editable through its FarmerSession,
/// or read-only. The panel reads nothing until it is first shown.
class DirectoryController : public QObject {
    Q_OBJECT
public:
    DirectoryController(EditController* edits, LayerCollection* layers, MapCanvas* canvas,
                        MessageReporter* messages, QMainWindow* window);
    ~DirectoryController() override;

    FarmerDirectoryPanel* panel() const { return m_panel; }
    /// View ▸ Farmer Directory: shows or hides the panel.
    QAction* panelAction() const { return m_panelAction; }
    /// Edit ▸ Farmer Directory: add, duplicates, export (and where import goes).
    QMenu* menu() const { return m_menu; }
    ParcelLinkTool* linkTool() const { return m_linkTool; }
    /// The map window's action of the link tool, so the panel's button can switch to it.
    void setLinkToolAction(QAction* action) { m_linkToolAction = action; }
    FarmerExportFlow* exportFlow() const { return m_export; }
    /// Lists the households of identified parcels and growing areas in `identify`.
    void attachIdentifyPanel(IdentifyPanel* identify);
    /// The households of a parcel (cadastral layer) or a growing area (the project's layer).
    std::vector<IdentifyRelated> householdsOf(const VectorLayer& layer,
                                              const FeatureRecord& record) const;

    /// Shows the panel with the household chosen (the search and filters cleared if they hid it).
    void showHousehold(qint64 fid);
    /// The household form: -1 for a new one.
    void openForm(qint64 fid);
    void deleteHousehold(qint64 fid);
    void showDuplicates();
    void exportDirectory();
    /// True while the chosen household's parcels are being looked up on the map.
    bool isFindingParcels() const { return m_pendingLookups > 0; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// The chosen household's parcels are outlined on the map (none found: nothing outlined).
    void parcelsShown();

private:
    void followProject();
    void showDirectory();
    void refreshChoices();
    void addChoicesOf(const QList<qint64>& fids);
    void farmersChanged(const QList<qint64>& fids);
    void highlightParcels(qint64 fid, bool zoom);
    void showFoundParcels(bool zoom);
    void linkClickedParcel(VectorLayer* layer, uint32_t feature);
    std::vector<AreaLinksEditor::AreaChoice> areaChoices() const;
    ParcelLinksEditor::ParcelCheck checkParcel(const ParcelKey& key) const;
    const FarmerSearchIndex* searchIndex() const;
    void showStatus(const QString& text);

    EditController* m_edits;
    LayerCollection* m_layers;
    MapCanvas* m_canvas;
    MessageReporter* m_messages;
    QMainWindow* m_window;
    FarmerDirectoryPanel* m_panel;
    QAction* m_panelAction;
    QMenu* m_menu;
    ParcelLinkTool* m_linkTool;
    QAction* m_linkToolAction = nullptr;
    FarmerExportFlow* m_export;

    QPointer<FarmerStore> m_store;     ///< the directory shown
    QPointer<FarmerSession> m_session; ///< its edits, when the project is editable
    FarmerSearchIndex m_readOnlyIndex; ///< the name search of a read-only project
    bool m_shown = false;              ///< the panel reads the directory once it is shown
    bool m_choicesPending = false;     ///< the filter boxes are filled after the first paint
    FarmerChoices m_choices;

    // The lookup of the chosen household's parcels, one query per cadastral layer.
    quint64 m_lookupGeneration = 0;
    int m_pendingLookups = 0;
    std::shared_ptr<std::atomic_bool> m_lookupCancel;
    std::vector<FeatureHighlight> m_found;
};

} // namespace agrimap
