#include "courselistmodel.h"

namespace guild::models {

using protocol::course::Course;

CourseListModel::CourseListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int CourseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_courses.size());
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Course &c = m_courses.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.title;
    case IdRole:
        return c.id;
    case AuthorRole:
        return c.authorName;
    case DescriptionRole:
        return c.description;
    case CoverColorRole:
        return c.coverColor;
    case HasCoverRole:
        return c.hasCover;
    case RequiredTierRole:
        return static_cast<int>(c.requiredTier);
    case PriceCentsRole:
        return c.priceCents;
    case CurrencyRole:
        return c.currency;
    case AccessRole:
        return static_cast<int>(c.access);
    case EnrolledRole:
        return c.enrolled;
    case ProgressRole:
        return c.progressPercent;
    case CompletedRole:
        return c.lessonCount > 0 && c.completedLessons >= c.lessonCount;
    case FreeRole:
        return c.isFree();
    case LessonCountRole:
        return c.lessonCount;
    case DownloadedRole:
        return m_downloaded.contains(c.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "courseId"},
                  {TitleRole, "title"},
                  {AuthorRole, "author"},
                  {DescriptionRole, "description"},
                  {CoverColorRole, "coverColor"},
                  {HasCoverRole, "hasCover"},
                  {RequiredTierRole, "requiredTier"},
                  {PriceCentsRole, "priceCents"},
                  {CurrencyRole, "currency"},
                  {AccessRole, "access"},
                  {EnrolledRole, "enrolled"},
                  {ProgressRole, "progress"},
                  {CompletedRole, "completed"},
                  {FreeRole, "free"},
                  {LessonCountRole, "lessonCount"},
                  {DownloadedRole, "downloaded"}});
    return names;
}

void CourseListModel::setCourses(const QList<Course> &courses)
{
    beginResetModel();
    m_courses = courses;
    for (Course &c : m_courses) {
        c.sections.clear(); // the list shows courses, not syllabi
    }
    endResetModel();
}

void CourseListModel::updateCourse(const Course &course)
{
    const int row = rowOf(course.id);
    if (row < 0) {
        return;
    }
    m_courses[row] = course;
    m_courses[row].sections.clear();
    Q_EMIT dataChanged(index(row), index(row));
}

void CourseListModel::setDownloaded(qint64 courseId, bool downloaded)
{
    if (downloaded == m_downloaded.contains(courseId)) {
        return;
    }
    if (downloaded) {
        m_downloaded.insert(courseId);
    } else {
        m_downloaded.remove(courseId);
    }
    if (const int row = rowOf(courseId); row >= 0) {
        Q_EMIT dataChanged(index(row), index(row), {DownloadedRole});
    }
}

const Course *CourseListModel::course(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_courses.at(row) : nullptr;
}

int CourseListModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_courses.size(); ++i) {
        if (m_courses.at(i).id == id) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

CourseFilterModel::CourseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void CourseFilterModel::setFilter(Filter filter)
{
    if (filter != m_filter) {
        m_filter = filter;
        invalidateFilter();
    }
}

void CourseFilterModel::setSearch(const QString &text)
{
    const QString search = text.simplified();
    if (search != m_search) {
        m_search = search;
        invalidateFilter();
    }
}

bool CourseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool enrolled = i.data(CourseListModel::EnrolledRole).toBool();
    const bool completed = i.data(CourseListModel::CompletedRole).toBool();
    bool keep = true;
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Enrolled:
        keep = enrolled;
        break;
    case Filter::InProgress:
        keep = enrolled && !completed;
        break;
    case Filter::Completed:
        keep = completed;
        break;
    case Filter::Free:
        keep = i.data(CourseListModel::FreeRole).toBool();
        break;
    case Filter::Downloaded:
        keep = i.data(CourseListModel::DownloadedRole).toBool();
        break;
    }
    if (!keep || m_search.isEmpty()) {
        return keep;
    }
    for (int role : {CourseListModel::TitleRole, CourseListModel::AuthorRole, CourseListModel::DescriptionRole}) {
        if (i.data(role).toString().contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace guild::models
