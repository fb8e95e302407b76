#pragma once

#include "protocol/api/saved.h"
#include "recordlistmodel.h"

namespace guild::models {

/// One row of the Saved panel: a bookmark, or a highlight with its note.
struct SavedEntry
{
    QString id; ///< the highlight's id, or the bookmark's key (article-42)
    protocol::SavedKind kind = protocol::SavedKind::Article;
    qint64 subjectId = 0;
    qint64 containerId = 0; ///< a lesson's course, a message's channel, an answer's question
    qint64 position = 0;    ///< a message's seq
    QString title;
    QString quote; ///< empty for a bookmark
    QString note;
    bool highlight = false;
    QDateTime at;
};

/// The member's bookmarks and highlights, newest first, as the Saved panel lists them.
class SavedListModel final : public RecordListModel<SavedEntry>
{
    Q_OBJECT
public:
    enum SavedRole
    {
        KindRole = RecordRole + 1,
        SubjectRole,
        QuoteRole,
        NoteRole,
        IsHighlightRole,
    };
    using RecordListModel::RecordListModel;

    void setItems(const protocol::SavedItems &items);

protected:
    QVariant display(const SavedEntry &entry, int row, int role) const override;
};

} // namespace guild::models
