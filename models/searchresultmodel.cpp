#include "searchresultmodel.h"

using namespace Qt::StringLiterals;

namespace guild::models {

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return static_cast<int>(row.hit.kind);
    case HeadingRole:
        return row.heading;
    case GroupRole:
        return static_cast<int>(row.group);
    case Qt::DisplayRole:
    case TitleRole:
        return row.heading ? QVariant(row.count) : QVariant(row.hit.title);
    case SnippetRole:
        return row.hit.snippet;
    case IdRole:
        return row.hit.id;
    case ContainerIdRole:
        return row.hit.containerId;
    case AtRole:
        return row.hit.at;
    case OnlineRole:
        return row.hit.online;
    case LockedRole:
        return row.hit.locked;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || m_rows.at(index.row()).heading) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    return {{KindRole, "kind"},
            {HeadingRole, "heading"},
            {GroupRole, "group"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"},
            {IdRole, "hitId"},
            {ContainerIdRole, "containerId"},
            {AtRole, "at"},
            {OnlineRole, "online"},
            {LockedRole, "locked"}};
}

void SearchResultModel::setResults(const SearchResults &results)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &[group, hits] :
         {std::pair{Group::Articles, &results.articles}, std::pair{Group::Courses, &results.courses},
          std::pair{Group::Messages, &results.messages}, std::pair{Group::Community, &results.community},
          std::pair{Group::Members, &results.members}, std::pair{Group::Elsewhere, &results.elsewhere}}) {
        if (hits->isEmpty()) {
            continue;
        }
        m_rows.append({true, group, static_cast<int>(hits->size()), {}});
        for (const SearchHit &hit : *hits) {
            m_rows.append({false, group, 0, hit});
        }
    }
    endResetModel();
}

QString SearchFilter::takeTypedFilters(const QString &typed)
{
    QStringList words;
    for (const QString &word : typed.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() > 1 && (word.startsWith(u'#') || word.startsWith(u'＃'))) {
            tag = word.mid(1);
        } else if (word.startsWith(u"from:"_s, Qt::CaseInsensitive) && word.size() > 5) {
            author = word.mid(5);
        } else if ((word.startsWith(u"作者:"_s) || word.startsWith(u"作者："_s)) && word.size() > 3) {
            author = word.mid(3);
        } else {
            words.append(word);
        }
    }
    // A space typed last says the last word is whole, not a prefix still being typed.
    const bool closed = !typed.isEmpty() && typed.back().isSpace();
    return words.join(u' ') + (closed && !words.isEmpty() ? u" "_s : QString());
}

const SearchHit *SearchResultModel::hitAt(int row) const
{
    return row >= 0 && row < m_rows.size() && !m_rows.at(row).heading ? &m_rows.at(row).hit : nullptr;
}

int SearchResultModel::firstHitRow() const
{
    return nextHitRow(-1, 1);
}

int SearchResultModel::nextHitRow(int row, int step) const
{
    for (int r = row + step; r >= 0 && r < m_rows.size(); r += step) {
        if (!m_rows.at(r).heading) {
            return r;
        }
    }
    return row;
}

} // namespace guild::models
