#include "syllabusmodel.h"

namespace guild::models {

using namespace protocol::course;

SyllabusModel::SyllabusModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int SyllabusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

Qt::ItemFlags SyllabusModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    // Section titles are headings, not something to open.
    return m_rows.at(index.row()).section ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SyllabusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    const LessonSummary &l = r.lesson;
    switch (role) {
    case IsSectionRole:
        return r.section;
    case Qt::DisplayRole:
    case TitleRole:
        return r.section ? r.title : l.title;
    case LessonIdRole:
        return r.section ? 0 : l.id;
    case KindRole:
        return static_cast<int>(l.kind);
    case DurationRole:
        return l.durationSeconds;
    case LockedRole:
        return l.locked;
    case DoneRole:
        return l.progress && l.progress->done;
    case PositionRole:
        return l.progress ? l.progress->positionSeconds : 0.0;
    case HasHomeworkRole:
        return l.hasHomework;
    case FreePreviewRole:
        return l.freePreview;
    case DownloadRole:
        return r.download;
    default:
        return {};
    }
}

QHash<int, QByteArray> SyllabusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IsSectionRole, "isSection"},
                  {TitleRole, "title"},
                  {LessonIdRole, "lessonId"},
                  {KindRole, "kind"},
                  {DurationRole, "duration"},
                  {LockedRole, "locked"},
                  {DoneRole, "done"},
                  {PositionRole, "position"},
                  {HasHomeworkRole, "hasHomework"},
                  {FreePreviewRole, "freePreview"},
                  {DownloadRole, "download"}});
    return names;
}

void SyllabusModel::setCourse(const Course &course)
{
    QHash<qint64, int> downloads;
    if (course.id == m_courseId) {
        for (const Row &r : std::as_const(m_rows)) {
            if (!r.section) {
                downloads.insert(r.lesson.id, r.download);
            }
        }
    }
    beginResetModel();
    m_courseId = course.id;
    m_rows.clear();
    for (const Section &s : course.sections) {
        m_rows.append({true, s.title, {}, -1});
        for (const LessonSummary &l : s.lessons) {
            m_rows.append({false, {}, l, downloads.value(l.id, -1)});
        }
    }
    endResetModel();
}

void SyllabusModel::setProgress(const LessonProgress &progress)
{
    const int row = rowOfLesson(progress.lessonId);
    if (row < 0) {
        return;
    }
    LessonProgress merged = progress;
    if (const auto &old = m_rows[row].lesson.progress) {
        // As the server merges: the newer record's position, done once done.
        merged.done = merged.done || old->done;
        if (old->clientTs > merged.clientTs) {
            merged.positionSeconds = old->positionSeconds;
            merged.lastOpenedAt = old->lastOpenedAt;
            merged.clientTs = old->clientTs;
        }
    }
    m_rows[row].lesson.progress = merged;
    Q_EMIT dataChanged(index(row), index(row), {DoneRole, PositionRole});
}

void SyllabusModel::setDownload(qint64 lessonId, int percent)
{
    const int row = rowOfLesson(lessonId);
    if (row >= 0 && m_rows[row].download != percent) {
        m_rows[row].download = percent;
        Q_EMIT dataChanged(index(row), index(row), {DownloadRole});
    }
}

int SyllabusModel::rowOfLesson(qint64 lessonId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i).section && m_rows.at(i).lesson.id == lessonId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

qint64 SyllabusModel::nextLesson(qint64 lessonId) const
{
    for (int row = rowOfLesson(lessonId) + 1; row > 0 && row < m_rows.size(); ++row) {
        if (!m_rows.at(row).section) {
            return m_rows.at(row).lesson.id;
        }
    }
    return 0;
}

qint64 SyllabusModel::continueLesson(qint64 lastOpened) const
{
    const int last = rowOfLesson(lastOpened);
    if (last >= 0 && !(m_rows.at(last).lesson.progress && m_rows.at(last).lesson.progress->done)) {
        return lastOpened;
    }
    // After the last opened one (or from the start), the first lesson not done and not locked.
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = pass == 0 ? qMax(0, last) : 0; row < m_rows.size(); ++row) {
            const Row &r = m_rows.at(row);
            if (!r.section && !r.lesson.locked && !(r.lesson.progress && r.lesson.progress->done)) {
                return r.lesson.id;
            }
        }
    }
    return 0;
}

} // namespace guild::models
