#include "savedservice.h"

#include "net/apiclient.h"
#include "protocol/endpoints.h"
#include "storage/localcache.h"
#include "storage/savedstore.h"
#include "writeoutbox.h"

#include <QSaveFile>
#include <QTimer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace guild::app {

using namespace protocol;

namespace {

using Outcome = WriteOutbox::Outcome;

const QString Queue = u"saved"_s;
const QString BookmarkKind = u"bookmark"_s;
const QString UnbookmarkKind = u"unbookmark"_s;
const QString HighlightKind = u"highlight"_s;
const QString UnhighlightKind = u"unhighlight"_s;
const QStringList Kinds{BookmarkKind, UnbookmarkKind, HighlightKind, UnhighlightKind};

QString quoted(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line.prepend(u"> "_s);
    }
    return lines.join(u'\n');
}

} // namespace

SavedService::SavedService(ApiClient &api, LocalCache &cache, WriteOutbox &outbox, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
    , m_outbox(outbox)
{
    const auto settled = [this](const PendingWrite &w, const Outcome &outcome) {
        switch (outcome.kind) {
        case Outcome::Kind::Delivered:
            // The server's title and times in place of this client's guesses.
            if (const auto bookmark = WriteOutbox::answerOf(endpoints::PutBookmark, outcome);
                bookmark && w.kind == BookmarkKind) {
                m_cache.run<bool>(
                    this, [b = bookmark->value](QSqlDatabase &db) { return SavedStore(db).putBookmark(b); },
                    [](bool) {});
            } else if (const auto highlight = WriteOutbox::answerOf(endpoints::PutHighlight, outcome);
                       highlight && w.kind == HighlightKind) {
                m_cache.run<bool>(
                    this, [h = highlight->value](QSqlDatabase &db) { return SavedStore(db).putHighlight(h); },
                    [](bool) {});
            }
            break;
        case Outcome::Kind::Refused:
            // Nothing to send again (the member saves it again if they want): given up at once.
            Q_EMIT notice(outcome.message, false);
            m_outbox.discard(w.id);
            return;
        case Outcome::Kind::Discarded:
            m_refreshWanted = true; // what showed at once is undone by the server's list
            break;
        }
        if (m_refreshWanted && !writesWaiting()) {
            refresh();
        }
    };
    for (const QString &kind : Kinds) {
        m_outbox.handle(kind, this, settled);
    }
}

bool SavedService::writesWaiting() const
{
    const QList<PendingWrite> &writes = m_outbox.writes();
    return std::any_of(writes.cbegin(), writes.cend(), [](const PendingWrite &w) { return w.queue == Queue; });
}

void SavedService::refresh()
{
    if (writesWaiting()) {
        m_refreshWanted = true; // the server's list would not have them yet
        return;
    }
    m_refreshWanted = false;
    m_api.call(endpoints::MySaved, {}, this, [this](const ApiResult<SavedItems> &r) {
        if (!r.ok() || writesWaiting()) {
            return; // offline: the cache's list stands
        }
        m_cache.run<bool>(
            this, [items = *r](QSqlDatabase &db) { return SavedStore(db).replace(items); },
            [this](bool) { Q_EMIT changed(); });
    });
}

void SavedService::load(const QString &filter)
{
    m_cache.run<SavedItems>(
        this, [filter](QSqlDatabase &db) { return SavedStore(db).all(filter); },
        [this](const SavedItems &items) { Q_EMIT loaded(items); });
}

void SavedService::checkBookmark(SavedKind kind, qint64 subjectId)
{
    m_cache.run<bool>(
        this, [kind, subjectId](QSqlDatabase &db) { return SavedStore(db).isBookmarked(kind, subjectId); },
        [this, kind, subjectId](bool on) { Q_EMIT bookmarkChecked(kind, subjectId, on); });
}

void SavedService::loadHighlights(SavedKind kind, qint64 subjectId)
{
    m_cache.run<QList<Highlight>>(
        this, [kind, subjectId](QSqlDatabase &db) { return SavedStore(db).highlightsOn(kind, subjectId); },
        [this, kind, subjectId](const QList<Highlight> &list) { Q_EMIT highlightsLoaded(kind, subjectId, list); });
}

template <typename E>
void SavedService::queue(const E &endpoint, const QString &target, const typename E::Request &request,
                         const QString &kind, qint64 subjectId, const QString &title)
{
    if (auto refused = m_outbox.add(endpoint, target, request, {Queue, kind, subjectId, title})) {
        QTimer::singleShot(0, this, [this, message = *refused] { Q_EMIT notice(message, false); });
        refresh(); // the cache showed it at once: the server's list puts it right
    }
}

void SavedService::setBookmarked(SavedKind kind, qint64 subjectId, const QString &title, bool on, qint64 containerId,
                                 qint64 position)
{
    const QString key = bookmarkKey(kind, subjectId);
    const Bookmark bookmark{kind, subjectId, title, containerId, position, QDateTime::currentDateTimeUtc()};
    m_cache.run<bool>(
        this,
        [bookmark, on](QSqlDatabase &db) {
            SavedStore store(db);
            return on ? store.putBookmark(bookmark) : store.removeBookmark(bookmark.kind, bookmark.subjectId);
        },
        [this, kind, subjectId, on](bool) {
            Q_EMIT bookmarkChecked(kind, subjectId, on);
            Q_EMIT changed();
        });
    if (on) {
        queue(endpoints::PutBookmark, endpoints::PutBookmark.url(key), {}, BookmarkKind, subjectId, title);
    } else {
        queue(endpoints::DeleteBookmark, endpoints::DeleteBookmark.url(key), {}, UnbookmarkKind, subjectId, title);
    }
}

QString SavedService::addHighlight(SavedKind kind, qint64 subjectId, const QString &title, const QString &quote,
                                   int start, const QString &note, qint64 containerId)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Highlight highlight{id,   kind,  subjectId, title, containerId, quote.left(limits::QuoteMax),
                              note, start, now,       now};
    m_cache.run<bool>(
        this, [highlight](QSqlDatabase &db) { return SavedStore(db).putHighlight(highlight); },
        [this, kind, subjectId](bool) {
            loadHighlights(kind, subjectId);
            Q_EMIT changed();
        });
    queue(endpoints::PutHighlight, endpoints::PutHighlight.url(id),
          HighlightInput{kind, subjectId, highlight.quote, note, start}, HighlightKind, subjectId, title);
    return id;
}

void SavedService::setNote(const QString &highlightId, const QString &note)
{
    m_cache.run<std::optional<Highlight>>(
        this,
        [highlightId, note](QSqlDatabase &db) -> std::optional<Highlight> {
            SavedStore store(db);
            std::optional<Highlight> h = store.highlight(highlightId);
            if (h) {
                h->note = note;
                h->updatedAt = QDateTime::currentDateTimeUtc();
                store.putHighlight(*h);
            }
            return h;
        },
        [this](const std::optional<Highlight> &h) {
            if (!h) {
                return;
            }
            Q_EMIT changed();
            loadHighlights(h->kind, h->subjectId);
            queue(endpoints::PutHighlight, endpoints::PutHighlight.url(h->id),
                  HighlightInput{h->kind, h->subjectId, h->quote, h->note, h->start}, HighlightKind, h->subjectId,
                  h->title);
        });
}

void SavedService::removeHighlight(const QString &highlightId)
{
    m_cache.run<std::optional<Highlight>>(
        this,
        [highlightId](QSqlDatabase &db) -> std::optional<Highlight> {
            SavedStore store(db);
            std::optional<Highlight> h = store.highlight(highlightId);
            store.removeHighlight(highlightId);
            return h;
        },
        [this, highlightId](const std::optional<Highlight> &h) {
            Q_EMIT changed();
            if (h) {
                loadHighlights(h->kind, h->subjectId);
            }
            queue(endpoints::DeleteHighlight, endpoints::DeleteHighlight.url(highlightId), {}, UnhighlightKind,
                  h ? h->subjectId : 0, h ? h->title : QString());
        });
}

QString SavedService::notesMarkdown(const SavedItems &items)
{
    QString out = u"# "_s + tr("Notes and highlights") + u"\n"_s;
    // Grouped by what they are on, in the order first highlighted there.
    QList<std::pair<SavedKind, qint64>> order;
    QHash<std::pair<int, qint64>, QList<Highlight>> groups;
    for (auto it = items.highlights.crbegin(); it != items.highlights.crend(); ++it) {
        const std::pair<int, qint64> key{static_cast<int>(it->kind), it->subjectId};
        if (!groups.contains(key)) {
            order.append({it->kind, it->subjectId});
        }
        groups[key].append(*it);
    }
    for (const auto &[kind, subject] : order) {
        QList<Highlight> list = groups.value({static_cast<int>(kind), subject});
        std::sort(list.begin(), list.end(), [](const Highlight &a, const Highlight &b) { return a.start < b.start; });
        out += u"\n## "_s + list.first().title + u"\n"_s;
        for (const Highlight &h : std::as_const(list)) {
            out += u"\n"_s + quoted(h.quote) + u"\n"_s;
            if (!h.note.trimmed().isEmpty()) {
                out += u"\n"_s + h.note.trimmed() + u"\n"_s;
            }
        }
    }
    if (!items.bookmarks.isEmpty()) {
        out += u"\n## "_s + tr("Bookmarks") + u"\n\n"_s;
        for (const Bookmark &b : items.bookmarks) {
            out += u"- "_s + b.title + u"\n"_s;
        }
    }
    return out;
}

void SavedService::exportNotes(const QString &path)
{
    // Read and written on the cache's thread: the window never waits on the disk.
    m_cache.run<QString>(
        this,
        [path](QSqlDatabase &db) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(notesMarkdown(SavedStore(db).all()).toUtf8()) < 0 ||
                !file.commit()) {
                return file.errorString().isEmpty() ? tr("Could not write the file.") : file.errorString();
            }
            return QString();
        },
        [this, path](const QString &error) { Q_EMIT exported(path, error); });
}

} // namespace guild::app
