#pragma once

#include "contentpictures.h"

#include <QCache>
#include <QStyleOptionViewItem>

#include <memory>

class QAbstractItemDelegate;
class QPainter;

namespace guild::app {
class PictureCache;
}

namespace guild::ui {

/// A list row's body, laid out for a width.
class RowBody
{
public:
    virtual ~RowBody() = default;
    virtual qreal height() const = 0;
    /// Draws at the painter's origin in `palette`'s text colour (links and code in theirs).
    virtual void draw(QPainter *painter, const QPalette &palette) const = 0;
    /// Whether it shows a blank for the kept picture `id` until that arrives.
    virtual bool awaits(qint64 id) const
    {
        Q_UNUSED(id)
        return false;
    }
};

/// Bodies of list rows, laid out and kept (a delegate measures and paints each row many times). Text
/// without Markdown goes through one QTextLayout; building a document for it was most of a chat
/// frame's time when rows scroll into view (docs/performance.md). Anything else is a
/// SafeMarkdownDocument.
class RowBodies final
{
public:
    explicit RowBodies(int capacity)
        : m_cache(capacity)
    {}
    /// The body under `key` (which must change when the text does), in the row's font, for `textWidth`.
    const RowBody *body(const QString &key, const QString &markdown, const QStyleOptionViewItem &option, int textWidth);

    /// Whether `markdown` renders as exactly its own characters on one paragraph: nothing Markdown, an
    /// HTML entity or an autolink could make of it, no line breaks (a single one is a space in
    /// Markdown), no surrounding spaces.
    static bool isPlainText(const QString &markdown);

    /// Rows show pictures kept on the community's server, as thumbnails, from `lookup`.
    void setPictureLookup(ContentPictures::Lookup lookup);
    /// The picture `id` arrived: the bodies that wait for it are dropped (laid out again when next
    /// asked for). Whether there were any, so the view knows to lay its rows out again.
    bool pictureArrived(qint64 id);

    /// The largest a picture shows in a row; a click on the row shows more where the row opens.
    static constexpr int ThumbnailWidth = 360;
    static constexpr int ThumbnailHeight = 240;

private:
    QCache<QString, RowBody> m_cache;
    ContentPictures::Lookup m_pictures;
    QRgb m_text = 0; // the text colour the cached bodies were made with
};

/// Rows painted by `delegate` from `bodies` show the pictures of `images`; when one they wait for
/// arrives, the view lays its rows out again.
void showPictures(RowBodies &bodies, app::PictureCache &images, QAbstractItemDelegate *delegate);

} // namespace guild::ui
