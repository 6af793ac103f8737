#include "text_encoding_menu.h"

#include "text_encoding_choice.h"
#include "vector_layer.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QPointer>

namespace agrimap {

QMenu* addTextEncodingMenu(QMenu* menu, VectorLayer* layer) {
    QMenu* encodings =
        menu->addMenu(QCoreApplication::translate("agrimap::TextEncodingMenu", "Text encoding"));
    encodings->setObjectName(QStringLiteral("textEncodingMenu"));
    encodings->setToolTipsVisible(true);
    auto* group = new QActionGroup(encodings);
    const TextEncodingChoice current = layer->textEncoding();
    const QString detected = current == TextEncodingChoice::Auto
                                 ? textEncodingName(layer->textEncodingInUse())
                                 : QString();
    const std::pair<TextEncodingChoice, QString> choices[] = {
        {TextEncodingChoice::Auto,
         detected.isEmpty()
             ? QCoreApplication::translate("agrimap::TextEncodingMenu", "Automatic")
             : QCoreApplication::translate("agrimap::TextEncodingMenu", "Automatic (detected: %1)")
                   .arg(detected)},
        {TextEncodingChoice::Unicode,
         QCoreApplication::translate("agrimap::TextEncodingMenu", "Unicode (as the file says)")},
        {TextEncodingChoice::Tcvn3, textEncodingName(LegacyEncoding::Tcvn3)},
        {TextEncodingChoice::Vni, textEncodingName(LegacyEncoding::Vni)},
        {TextEncodingChoice::Windows1258, textEncodingName(LegacyEncoding::Windows1258)},
    };
    QPointer<VectorLayer> guarded(layer);
    for (const auto& [choice, text] : choices) {
        QAction* action = encodings->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == current);
        action->setObjectName(QStringLiteral("textEncoding_") + textEncodingKey(choice));
        action->setToolTip(QCoreApplication::translate(
            "agrimap::TextEncodingMenu",
            "How the names and other text of this file are read. Old Vietnamese files were "
            "typed in TCVN3 (.VnTime) or VNI fonts; AgriMap detects them."));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, encodings, [guarded, choice = choice] {
            if (guarded)
                guarded->setTextEncoding(choice);
        });
    }
    return encodings;
}

} // namespace agrimap
