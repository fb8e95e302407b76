#pragma once

#include "protocol/course.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

namespace guild::models {

/// The course catalogue as the member sees it: access, enrollment and progress per course, and how
/// much of each is downloaded on this computer.
class CourseListModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        AuthorRole,
        DescriptionRole,
        CoverColorRole,
        HasCoverRole,     ///< a cover picture is set (fetched by id through the covers' PictureCache)
        RequiredTierRole, ///< protocol::Tier as int
        PriceCentsRole,
        CurrencyRole,
        AccessRole, ///< protocol::course::Access as int
        EnrolledRole,
        ProgressRole, ///< 0..100
        CompletedRole,
        FreeRole,
        LessonCountRole,
        DownloadedRole, ///< the course's videos are all on this computer
    };
    Q_ENUM(Role)

    explicit CourseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCourses(const QList<protocol::course::Course> &courses);
    /// A course's newer state (after enrolling or saving progress); ignored if not listed.
    void updateCourse(const protocol::course::Course &course);
    void setDownloaded(qint64 courseId, bool downloaded);
    const protocol::course::Course *course(qint64 id) const;
    int rowOf(qint64 id) const;

private:
    QList<protocol::course::Course> m_courses;
    QSet<qint64> m_downloaded;
};

/// The library's filters: all, enrolled, in progress, completed, free; and a search over title,
/// author and description.
class CourseFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Filter
    {
        All,
        Enrolled,
        InProgress,
        Completed,
        Free,
        Downloaded
    };
    Q_ENUM(Filter)

    explicit CourseFilterModel(QObject *parent = nullptr);
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
    QString m_search;
};

} // namespace guild::models
