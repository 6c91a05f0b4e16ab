#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace sinch::ui {

// One drawn part of a preview and where it is, in logical pixels of the rendering. `path`
// is the part's JSON path in the API's own words ("details.components.1",
// "details.components.3.buttons.0", "details.components.0.cards.2"; KakaoTalk's
// "details.title", "details.buttons.1"), the same the findings use, so that a click maps
// to a field and a finding to a place.
struct PreviewPart
{
    enum class Kind {
        Message,     // the whole message: bubble, buttons and cards ("details.components")
        Header,
        Body,
        Footer,
        Buttons,     // all buttons of a BUTTONS component
        Button,      // one button
        MoreButtons, // "See all options", standing for the buttons not shown ("...buttons")
        Carousel,
        Card,
        // KakaoTalk AlimTalk
        Title,
        Subtitle,
        Image,
        Extra,
        Badge,       // the yellow band: "AlimTalk arrived" and the security mark
    };

    QString path;
    QRectF rect;
    Kind kind = Kind::Message;

    // The part a finding at `path` belongs to: the one whose path is the longest prefix
    // (by whole segments) of it; -1 when none is (e.g. "name" or "category").
    static int indexFor(const QList<PreviewPart> &parts, const QString &path)
    {
        int best = -1;
        int bestLength = -1;
        for (int i = 0; i < parts.size(); ++i) {
            const QString &p = parts.at(i).path;
            const bool prefix = path == p || (path.startsWith(p) && path.at(p.size()) == QLatin1Char('.'));
            if (prefix && p.size() > bestLength) {
                best = i;
                bestLength = p.size();
            }
        }
        return best;
    }
};

} // namespace sinch::ui
