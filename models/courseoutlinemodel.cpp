#include "courseoutlinemodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace guild::models {

using namespace protocol;
using course::LessonSummary;

namespace {

const QString OutlineMime = u"application/x-guild-course-outline"_s;

} // namespace

CourseOutlineModel::CourseOutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CourseOutlineModel::setCourse(const course::Course &course)
{
    beginResetModel();
    m_courseId = course.id;
    m_sections.clear();
    for (const course::Section &s : course.sections) {
        m_sections.append({s.id, s.title, s.lessons});
    }
    endResetModel();
}

CourseOrder CourseOutlineModel::order() const
{
    CourseOrder order;
    for (const Section &s : m_sections) {
        CourseOrder::SectionOrder section{s.id, {}};
        for (const LessonSummary &l : s.lessons) {
            section.lessons.append(l.id);
        }
        order.sections.append(section);
    }
    return order;
}

int CourseOutlineModel::sectionRow(qint64 sectionId) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).id == sectionId) {
            return row;
        }
    }
    return -1;
}

std::pair<int, int> CourseOutlineModel::lessonPosition(qint64 lessonId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<LessonSummary> &lessons = m_sections.at(s).lessons;
        for (int l = 0; l < lessons.size(); ++l) {
            if (lessons.at(l).id == lessonId) {
                return {s, l};
            }
        }
    }
    return {-1, -1};
}

QModelIndex CourseOutlineModel::sectionIndex(qint64 sectionId) const
{
    const int row = sectionRow(sectionId);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex CourseOutlineModel::lessonIndex(qint64 lessonId) const
{
    const auto [s, l] = lessonPosition(lessonId);
    return s < 0 ? QModelIndex() : index(l, 0, index(s, 0));
}

QModelIndex CourseOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_sections.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    }
    // A lesson's index carries its section's id: stable while sections move.
    if (parent.internalId() != 0 || parent.row() >= m_sections.size()) {
        return {};
    }
    const Section &section = m_sections.at(parent.row());
    return row < section.lessons.size() ? createIndex(row, 0, quintptr(section.id)) : QModelIndex();
}

QModelIndex CourseOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0) {
        return {};
    }
    const int row = sectionRow(qint64(child.internalId()));
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int CourseOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.column() != 0 || parent.internalId() != 0 || parent.row() >= m_sections.size()) {
        return 0;
    }
    return int(m_sections.at(parent.row()).lessons.size());
}

int CourseOutlineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CourseOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == 0) {
        const Section &s = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return s.title;
        case IdRole:
            return s.id;
        case IsSectionRole:
            return true;
        default:
            return {};
        }
    }
    const int section = sectionRow(qint64(index.internalId()));
    const LessonSummary &l = m_sections.at(section).lessons.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString kind = l.kind == course::LessonKind::Video  ? tr("video")
                             : l.kind == course::LessonKind::Quiz ? tr("quiz")
                                                                  : tr("text");
        QString line = tr("%1 · %2").arg(l.title, kind);
        if (l.kind == course::LessonKind::Video && l.videoBytes == 0) {
            line += u" · "_s + tr("no video yet");
        }
        return l.freePreview ? tr("%1 · free preview").arg(line) : line;
    }
    case IdRole:
        return l.id;
    case IsSectionRole:
        return false;
    case KindRole:
        return int(l.kind);
    case SectionIdRole:
        return m_sections.at(section).id;
    default:
        return {};
    }
}

QHash<int, QByteArray> CourseOutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(IsSectionRole, "isSection");
    names.insert(KindRole, "kind");
    names.insert(SectionIdRole, "sectionId");
    return names;
}

Qt::ItemFlags CourseOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // sections are dropped at the top level
    }
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
    return index.internalId() == 0 ? base | Qt::ItemIsDropEnabled : base | Qt::ItemNeverHasChildren;
}

Qt::DropActions CourseOutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList CourseOutlineModel::mimeTypes() const
{
    return {OutlineMime};
}

QMimeData *CourseOutlineModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid()) {
        return nullptr; // one thing at a time
    }
    QByteArray encoded;
    QDataStream out(&encoded, QIODevice::WriteOnly);
    out << m_courseId << indexes.first().data(IsSectionRole).toBool() << indexes.first().data(IdRole).toLongLong();
    auto *data = new QMimeData; // NOLINT(cppcoreguidelines-owning-memory): the drag takes it
    data->setData(OutlineMime, encoded);
    return data;
}

std::optional<CourseOutlineModel::Dragged> CourseOutlineModel::decode(const QMimeData *data)
{
    if (!data || !data->hasFormat(OutlineMime)) {
        return std::nullopt;
    }
    QDataStream in(data->data(OutlineMime));
    qint64 course = 0;
    Dragged dragged;
    in >> course >> dragged.section >> dragged.id;
    return in.status() == QDataStream::Ok ? std::optional(dragged) : std::nullopt;
}

bool CourseOutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int /*row*/, int column,
                                         const QModelIndex &parent) const
{
    const std::optional<Dragged> dragged = decode(data);
    if (action != Qt::MoveAction || !dragged || column > 0) {
        return false;
    }
    // Sections among sections; lessons into a section.
    const bool ontoSection = parent.isValid() && parent.internalId() == 0;
    return dragged->section ? !parent.isValid() : ontoSection;
}

bool CourseOutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const Dragged dragged = *decode(data);
    // The move is made here; the view's own clean-up afterwards finds nothing to remove (removeRows
    // is not offered), so nothing is lost or doubled.
    return dragged.section ? moveSection(dragged.id, row < 0 ? int(m_sections.size()) : row)
                           : moveLesson(dragged.id, m_sections.at(parent.row()).id,
                                        row < 0 ? int(m_sections.at(parent.row()).lessons.size()) : row);
}

bool CourseOutlineModel::moveSection(qint64 sectionId, int row)
{
    const int from = sectionRow(sectionId);
    if (from < 0 || row < 0 || row > m_sections.size() || row == from || row == from + 1) {
        return false;
    }
    beginMoveRows({}, from, from, {}, row);
    m_sections.move(from, row > from ? row - 1 : row);
    endMoveRows();
    Q_EMIT orderChanged(order());
    return true;
}

bool CourseOutlineModel::moveLesson(qint64 lessonId, qint64 sectionId, int row)
{
    const auto [fromSection, from] = lessonPosition(lessonId);
    const int toSection = sectionRow(sectionId);
    if (fromSection < 0 || toSection < 0 || row < 0 || row > m_sections.at(toSection).lessons.size()) {
        return false;
    }
    if (fromSection == toSection && (row == from || row == from + 1)) {
        return false; // where it is already
    }
    beginMoveRows(index(fromSection, 0), from, from, index(toSection, 0), row);
    const LessonSummary lesson = m_sections[fromSection].lessons.takeAt(from);
    const int at = fromSection == toSection && row > from ? row - 1 : row;
    m_sections[toSection].lessons.insert(at, lesson);
    m_sections[toSection].lessons[at].sectionId = sectionId;
    endMoveRows();
    Q_EMIT orderChanged(order());
    return true;
}

} // namespace guild::models
