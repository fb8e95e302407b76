#pragma once

#include "protocol/api/authoring.h"
#include "protocol/course.h"

#include <QAbstractItemModel>

namespace guild::models {

/// A course's outline as its author edits it: sections at the top, their lessons beneath. Sections
/// and lessons move by drag and drop (a lesson may go to another section); each move is made here at
/// once and announced as the course's whole new order, for the server to store.
class CourseOutlineModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the section's or the lesson's id
        IsSectionRole,
        KindRole,      ///< lessons: protocol::course::LessonKind as int
        SectionIdRole, ///< lessons: the section they are in
    };
    Q_ENUM(Role)

    explicit CourseOutlineModel(QObject *parent = nullptr);

    void setCourse(const protocol::course::Course &course);
    qint64 courseId() const { return m_courseId; }
    /// Sections and lessons as they stand here, as the server takes them.
    protocol::CourseOrder order() const;
    /// The index of the section or lesson with this id (invalid if none).
    QModelIndex sectionIndex(qint64 sectionId) const;
    QModelIndex lessonIndex(qint64 lessonId) const;
    /// Moves a lesson to `row` of the section `sectionId`, as a drop would.
    bool moveLesson(qint64 lessonId, qint64 sectionId, int row);
    /// Moves a section to `row` among the sections.
    bool moveSection(qint64 sectionId, int row);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    /// The author moved something: the whole order as it now stands.
    void orderChanged(const guild::protocol::CourseOrder &order);

private:
    struct Section
    {
        qint64 id = 0;
        QString title;
        QList<protocol::course::LessonSummary> lessons;
    };
    /// What a drag carries: a section or a lesson, by id.
    struct Dragged
    {
        bool section = false;
        qint64 id = 0;
    };
    static std::optional<Dragged> decode(const QMimeData *data);
    int sectionRow(qint64 sectionId) const;
    /// (section row, lesson row) of a lesson, or (-1, -1).
    std::pair<int, int> lessonPosition(qint64 lessonId) const;

    qint64 m_courseId = 0;
    QList<Section> m_sections;
};

} // namespace guild::models
