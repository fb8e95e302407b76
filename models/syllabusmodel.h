#pragma once

#include "protocol/course.h"

#include <QAbstractListModel>

namespace guild::models {

/// A course's syllabus as one list: a row per section title, then a row per lesson with its kind,
/// lock, the member's progress, and whether its video is on this computer.
class SyllabusModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IsSectionRole = Qt::UserRole + 1,
        TitleRole,
        LessonIdRole,
        KindRole, ///< protocol::course::LessonKind as int
        DurationRole,
        LockedRole,
        DoneRole,
        PositionRole, ///< seconds into a video
        HasHomeworkRole,
        FreePreviewRole,
        /// -1: not downloaded; 0..99: downloading; 100: on this computer (video lessons only).
        DownloadRole,
    };
    Q_ENUM(Role)

    explicit SyllabusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    void setCourse(const protocol::course::Course &course);
    qint64 courseId() const { return m_courseId; }
    void setProgress(const protocol::course::LessonProgress &progress);
    void setDownload(qint64 lessonId, int percent);
    int rowOfLesson(qint64 lessonId) const;
    /// The lesson after `lessonId` in syllabus order (0 at the end).
    qint64 nextLesson(qint64 lessonId) const;
    /// Where "continue" goes: the last opened lesson if not done, else the first lesson not done.
    qint64 continueLesson(qint64 lastOpened) const;

private:
    struct Row
    {
        bool section = false;
        QString title;
        protocol::course::LessonSummary lesson;
        int download = -1;
    };
    QList<Row> m_rows;
    qint64 m_courseId = 0;
};

} // namespace guild::models
