#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QSet>
#include <QUrl>
#include <QVariant>

#include <functional>

class QColor;
class QTextDocument;

namespace guild::ui {

/// The pictures of something a member wrote. Those kept on the member's own community server
/// (guild-image:ID) come from the picture cache, at once when on hand (offline too) and once they
/// arrive otherwise; every other picture is never fetched and becomes a link saying where it is.
class ContentPictures final
{
    Q_DECLARE_TR_FUNCTIONS(guild::ui::ContentPictures)
public:
    /// The scheme of pictures kept on the member's own server.
    static constexpr QLatin1StringView Scheme{"guild-image"};

    /// The kept picture `id`, or a null image while it is not on hand (and being fetched).
    using Lookup = std::function<QImage(qint64 id)>;
    /// Without a lookup (the default) no picture is shown at all.
    void setLookup(Lookup lookup) { m_lookup = std::move(lookup); }
    bool showsPictures() const { return bool(m_lookup); }

    /// What a document's loadResource answers: a kept picture, a blank of the usual shape in `blank`
    /// while one is on its way (noted as awaited), or nothing (counted as blocked).
    QVariant load(int type, const QUrl &name, const QColor &blank);
    /// Fits the document's kept pictures into `widest` × `tallest` (narrower ones keep their size) and
    /// turns every other picture into a link in `link` (a web address) or a note. Returns how many
    /// kept pictures the document shows.
    int settle(QTextDocument *document, qreal widest, qreal tallest, const QColor &link);
    /// Whether the picture `id` was awaited (it is no longer).
    bool arrived(qint64 id) { return m_awaited.remove(id); }
    bool awaits(qint64 id) const { return m_awaited.contains(id); }
    /// For a new text: nothing awaited or blocked yet.
    void reset();
    /// How many resource loads were refused since the last reset (for tests and diagnostics).
    int blocked() const { return m_blocked; }

    static QUrl urlOf(qint64 id);

private:
    Lookup m_lookup;
    QSet<qint64> m_awaited;
    int m_blocked = 0;
};

} // namespace guild::ui
