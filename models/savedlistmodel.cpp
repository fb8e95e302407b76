#include "savedlistmodel.h"

using namespace Qt::StringLiterals;

namespace guild::models {

using namespace protocol;

void SavedListModel::setItems(const SavedItems &items)
{
    QList<SavedEntry> rows;
    for (const Bookmark &b : items.bookmarks) {
        rows.append({bookmarkKey(b.kind, b.subjectId),
                     b.kind,
                     b.subjectId,
                     b.containerId,
                     b.position,
                     b.title,
                     {},
                     {},
                     false,
                     b.createdAt});
    }
    for (const Highlight &h : items.highlights) {
        rows.append({h.id, h.kind, h.subjectId, h.containerId, 0, h.title, h.quote, h.note, true, h.createdAt});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SavedEntry &a, const SavedEntry &b) { return a.at > b.at; });
    setRecords(std::move(rows));
}

QVariant SavedListModel::display(const SavedEntry &entry, int, int role) const
{
    const SavedEntry *e = &entry;
    switch (role) {
    case Qt::DisplayRole: {
        if (!e->highlight) {
            return tr("🔖 %1").arg(e->title);
        }
        QString text = tr("“%1” — %2").arg(e->quote.simplified().left(240), e->title);
        if (!e->note.trimmed().isEmpty()) {
            text += u'\n' + tr("Note: %1").arg(e->note.simplified().left(240));
        }
        return text;
    }
    case Qt::ToolTipRole:
        return e->note.isEmpty() ? e->title : e->note;
    case KindRole:
        return static_cast<int>(e->kind);
    case SubjectRole:
        return e->subjectId;
    case QuoteRole:
        return e->quote;
    case NoteRole:
        return e->note;
    case IsHighlightRole:
        return e->highlight;
    default:
        return {};
    }
}

} // namespace guild::models
